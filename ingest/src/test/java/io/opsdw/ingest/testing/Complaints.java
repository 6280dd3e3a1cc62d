package io.opsdw.ingest.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Complaint export rows as the sites write them (Chinese headers), for fixture tests; values by contract field. */
public final class Complaints {

    public static final List<String> HEADER = List.of("投诉编号", "门店编码", "投诉时间", "投诉渠道", "记录类型", "客户编号", "投诉人",
            "联系电话", "投诉内容", "原因类型", "责任部门", "责任人", "处理人", "是否成立", "严重程度", "涉及部门数", "服务项目", "解决时间",
            "通知客户时间", "客户签字时间", "回访时间", "结案时间", "处理结果", "补偿金额");
    public static final List<String> FIELDS = List.of("complaint_id", "site_code", "received_at", "channel", "record_type",
            "customer_id", "customer_name", "customer_phone", "content", "cause_type", "responsible_dept_code",
            "responsible_employee_id", "handler_employee_id", "validity", "severity", "departments_involved", "service_item",
            "resolved_at", "customer_notified_at", "customer_signed_at", "callback_at", "closed_at", "resolution",
            "compensation_amount");
    private static final Map<String, String> BASE = new LinkedHashMap<>();

    static {
        String[] v = {"", "S01", "2026-10-05 10:00:00", "来访", "投诉", "K1", "张三", "13800135678", "化妆师迟到", "服务", "D01", "", "",
                "成立", "一般", "1", "化妆", "", "", "", "", "", "道歉", "100"};
        for (int i = 0; i < FIELDS.size(); i++) {
            BASE.put(FIELDS.get(i), v[i]);
        }
    }

    private Complaints() {
    }

    /** The cells of one complaint: the base values, the id, then the overrides (field, value, field, value ...). */
    public static List<String> cells(String id, String... overrides) {
        Map<String, String> row = new LinkedHashMap<>(BASE);
        row.put("complaint_id", id);
        for (int i = 0; i < overrides.length; i += 2) {
            if (!row.containsKey(overrides[i])) {
                throw new IllegalArgumentException("no field " + overrides[i]);
            }
            row.put(overrides[i], overrides[i + 1]);
        }
        return new ArrayList<>(row.values());
    }

    /** One CSV line, quoting only cells that need it. */
    public static String line(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", out);
    }

    public static String row(String id, String... overrides) {
        return line(cells(id, overrides));
    }

    public static String header() {
        return String.join(",", HEADER);
    }

    /** A whole export: the header and the given lines, LF-terminated. */
    public static String csv(String... lines) {
        StringBuilder b = new StringBuilder(header()).append('\n');
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return b.toString();
    }
}
