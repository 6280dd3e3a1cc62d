package io.opsdw.transforms.testing;

import static io.opsdw.transforms.testing.RawFixture.row;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny two-month world: two sites, two departments, two employees, customer C001 who becomes a member in
 * November, item I01 whose unit cost rises in November, and a handful of operational rows per month chosen to sit
 * on the SLA boundaries.
 */
public final class World {

    public static final YearMonth OCT = YearMonth.of(2026, 10);
    public static final YearMonth NOV = YearMonth.of(2026, 11);

    private World() {
    }

    public static void masters(RawFixture raw, YearMonth period) {
        masters(raw, period, false);
    }

    /** @param lateCustomer include C999, who first appears in a later export of the master data */
    public static void masters(RawFixture raw, YearMonth period, boolean lateCustomer) {
        boolean nov = period.equals(NOV);
        raw.write("sites", period, List.of(
                row("site_code", "S01", "site_name", "盛世影楼", "business_line", "studio", "city", "长沙", "company", "A"),
                row("site_code", "S02", "site_name", "大都会售楼处", "business_line", "sales_centre", "city", "长沙",
                        "company", "B")));
        raw.write("departments", period, List.of(
                row("dept_code", "D01", "dept_name", "摄影部", "business_line", "studio"),
                row("dept_code", "D02", "dept_name", "客服部", "business_line", "sales_centre")));
        raw.write("employees", period, List.of(
                row("employee_id", "E01", "employee_name", "李四", "dept_code", "D01", "site_code", "S01", "role", "摄影师"),
                row("employee_id", "E02", "employee_name", "王五", "dept_code", "D02", "site_code", "S02", "role", "客服专员")));
        List<Map<String, Object>> customers = new ArrayList<>(List.of(
                row("customer_id", "C001", "customer_name", "张三", "phone", "13812345678", "customer_type", "studio_customer",
                        "site_code", "S01", "membership", nov ? "member" : "none", "member_since", nov ? "2026-11-03" : null),
                row("customer_id", "C002", "customer_name", "赵六", "phone", "13900001111", "customer_type", "owner",
                        "site_code", "S02", "membership", "vip", "member_since", "2025-01-01")));
        if (lateCustomer) {
            customers.add(row("customer_id", "C999", "customer_name", "钱七", "customer_type", "prospect",
                    "site_code", "S02", "membership", "none"));
        }
        raw.write("customers", period, customers);
        raw.write("items", period, List.of(
                row("item_code", "I01", "item_name", "矿泉水", "category", "drink", "unit", "瓶",
                        "unit_cost", nov ? "6.00" : "5.00", "is_perishable", false),
                row("item_code", "I02", "item_name", "果盘", "category", "food", "unit", "盘", "unit_cost", "20.00",
                        "is_perishable", true)));
    }

    public static void october(RawFixture raw) {
        raw.write("complaints", OCT, List.of(
                // resolved 23:59 the same day; callback 3 calendar days after the day of resolution
                complaint("K1", "S01", "2026-10-05 09:00", "C001", "quality", "D01", "化妝")
                        .with("resolved_at", "2026-10-05 23:59").with("callback_at", "2026-10-08 09:00").map(),
                // resolved 00:00 the next day, notified the same day; callback on the 4th calendar day after resolution
                complaint("K2", "S01", "2026-10-06 10:00", "C002", "service", "D01", "拍摄")
                        .with("resolved_at", "2026-10-07 00:00").with("customer_notified_at", "2026-10-06 18:00")
                        .with("callback_at", "2026-10-11 00:00").map(),
                // not resolved, notified the next day; no cause type
                complaint("K3", "S02", "2026-10-07 11:00", null, null, "D02", "水吧")
                        .with("customer_notified_at", "2026-10-08 09:00").with("validity", "invalid").map(),
                // a customer the master data does not know yet (late-arriving member)
                complaint("K5", "S02", "2026-10-20 14:00", "C999", "service", "D02", null).map()));
        raw.write("callbacks", OCT, List.of(
                row("callback_id", "B1", "site_code", "S01", "customer_id", "C001", "is_member", false,
                        "service_item", "選片", "provider_dept_code", "D01", "provider_employee_id", "E01",
                        "service_date", "2026-10-02", "callback_at", "2026-10-05 15:00", "callback_type", "routine",
                        "channel", "phone", "caller_employee_id", "E02", "result", "satisfied"),
                row("callback_id", "B2", "site_code", "S01", "customer_id", "C002", "service_item", "化妆",
                        "service_date", "2026-10-02", "callback_at", "2026-10-06 08:00", "callback_type", "member",
                        "channel", "phone", "result", "neutral", "dissatisfied_aspect", "等待时间长")));
        raw.write("visitor_counts", OCT, List.of(
                row("site_code", "S02", "visit_date", "2026-10-05", "calls", 12, "visits", 30, "first_time_visits", 10,
                        "staff_on_duty", 3),
                row("site_code", "S02", "visit_date", "2026-10-06", "calls", 8, "visits", 20, "staff_on_duty", 2)));
        raw.write("inventory_movements", OCT, List.of(
                row("movement_id", "M1", "site_code", "S02", "location", "water_bar", "item_code", "I01",
                        "movement_type", "receipt", "quantity", "100", "moved_at", "2026-10-01 09:00"),
                row("movement_id", "M2", "site_code", "S02", "location", "water_bar", "item_code", "I01",
                        "movement_type", "issue", "quantity", "30", "moved_at", "2026-10-05 10:00", "occasion", "walk_in"),
                row("movement_id", "M3", "site_code", "S02", "location", "water_bar", "item_code", "I01",
                        "movement_type", "waste", "quantity", "2", "moved_at", "2026-10-05 18:00"),
                row("movement_id", "M4", "site_code", "S02", "location", "water_bar", "item_code", "I01",
                        "movement_type", "count", "quantity", "67", "book_quantity", "68", "moved_at", "2026-10-31 20:00")));
        raw.write("countermeasures", OCT, List.of(
                row("countermeasure_id", "ZG1", "site_code", "S01", "recorded_on", "2026-10-25", "responsible_dept_code", "D01",
                        "cause_type", "quality", "countermeasure", "成片交付前增加一次质检", "owner_employee_id", "E01",
                        "due_date", "2026-11-10")));
        raw.write("orders", OCT, List.of(
                row("order_id", "O1", "site_code", "S01", "customer_id", "C001", "ordered_at", "2026-10-01 10:00",
                        "package", "韩式婚纱", "amount", "5000.00", "paid", "2000.00", "payment_status", "partial",
                        "gown_selected_at", "2026-10-03 10:00", "shot_at", "2026-10-10 08:00", "is_rush", true)));
    }

    public static void november(RawFixture raw) {
        raw.write("complaints", NOV, List.of(
                complaint("K4", "S01", "2026-11-05 09:00", "C001", "service", "D01", "选片").map()));
        raw.write("inventory_movements", NOV, List.of(
                row("movement_id", "M5", "site_code", "S02", "location", "water_bar", "item_code", "I01",
                        "movement_type", "issue", "quantity", "10", "moved_at", "2026-11-02 10:00")));
    }

    public static Complaint complaint(String id, String site, String receivedAt, String customer, String cause,
                                      String dept, String serviceItem) {
        return new Complaint(new java.util.LinkedHashMap<>(row("complaint_id", id, "site_code", site,
                "received_at", receivedAt, "channel", "phone", "record_type", "complaint", "customer_id", customer,
                "content", "内容", "cause_type", cause, "responsible_dept_code", dept, "validity", "valid",
                "severity", "normal", "service_item", serviceItem)));
    }

    /** A complaint row under construction. */
    public record Complaint(java.util.Map<String, Object> map) {
        public Complaint with(String field, Object value) {
            map.put(field, value);
            return this;
        }
    }
}
