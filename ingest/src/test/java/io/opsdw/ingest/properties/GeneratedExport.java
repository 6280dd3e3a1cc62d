package io.opsdw.ingest.properties;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A random complaints export, as {@link ExportArbitraries} generates it, and what ingest must make of it. The writer
 * here is deliberately separate from the ingest's reader: it writes the CSV the way RFC 4180 says (quoting only where
 * needed) or the workbook through POI's user model, then injects the faults, and records for every physical record it
 * wrote where it starts and what must become of it: the exact values to land, or quarantine.
 */
record GeneratedExport(Format format, String encoding, char delimiter, String eol, List<Integer> order, int sheets,
                       List<GeneratedRow> rows) {

    GeneratedExport {
        if (format == Format.XLSX) {
            // a workbook keeps a carriage return only escaped (_x000D_); its XML would otherwise read it as a line feed
            rows = rows.stream().map(r -> new GeneratedRow(r.id(), r.site(), r.receivedAt(), r.timeFormat(), r.codes(),
                    r.content().replace('\r', ' '), r.phone(), r.amount(), r.resolvedHours(), r.fault(), r.seed())).toList();
        }
    }

    enum Format { CSV, XLSX }

    /** The columns the export may carry, by contract field, with the header each is written under. */
    static final List<String> FIELDS = List.of("complaint_id", "site_code", "received_at", "channel", "record_type", "content",
            "validity", "severity", "customer_phone", "compensation_amount", "resolved_at");
    static final List<String> ZH_HEADERS = List.of("投诉编号", "门店编码", "投诉时间", "投诉渠道", "记录类型", "投诉内容", "是否成立",
            "严重程度", "联系电话", "补偿金额", "解决时间");
    static final Map<String, List<String>> ZH_CODES = Map.of(
            "channel", List.of("walk_in:来访", "phone:来电", "letter:来函", "sms:短信"),
            "record_type", List.of("complaint:投诉", "suggestion:建议", "opinion:意见"),
            "validity", List.of("valid:成立", "invalid:不成立", "pending:待定"),
            "severity", List.of("major:重大", "normal:一般"));

    /** What a physical record must become. */
    record Expected(long line, String sheet, Map<String, Object> values, String fault) {
        boolean accepted() {
            return fault == null;
        }
    }

    /** Big5 cannot write the simplified headers and codes: such an export uses the contract's English names. */
    boolean english() {
        return format == Format.CSV && encoding.startsWith("Big5");
    }

    Charset charset() {
        return Charset.forName(encoding.replace("-BOM", ""));
    }

    String fileName() {
        return format == Format.CSV ? "complaints_2026-10.csv" : "complaints_2026-10.xlsx";
    }

    /** Writes the export under {@code dir} and returns what each record must become, in file (and sheet) order. */
    List<Expected> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        return format == Format.CSV ? writeCsv(dir.resolve(fileName())) : writeXlsx(dir.resolve(fileName()));
    }

    private List<String> columns(List<Integer> permutation) {
        List<String> cols = new ArrayList<>();
        for (int i : permutation) {
            cols.add(FIELDS.get(i));
        }
        return cols;
    }

    private String header(String field) {
        return english() ? field : ZH_HEADERS.get(FIELDS.indexOf(field));
    }

    private List<Expected> writeCsv(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<String> cols = columns(order);
        text.append(line(cols.stream().map(this::header).toList())).append(eol);
        List<Object[]> pending = new ArrayList<>();
        for (GeneratedRow r : rows) {
            if (r.fault() == Fault.BLANK_LINE_BEFORE) {
                text.append(eol);
            }
            if (r.fault() == Fault.REPEATED_HEADER_BEFORE) {
                cols = columns(r.reorder(order.size()).stream().map(order::get).toList());
                starts.add(text.length());
                pending.add(new Object[] {null, "REPEATED_HEADER"});
                text.append(line(cols.stream().map(this::header).toList())).append(eol);
            }
            starts.add(text.length());
            pending.add(new Object[] {r, r.fault().quarantined ? r.fault().name() : null});
            text.append(csvRecord(r, cols)).append(eol);
        }
        String all = text.toString();
        for (int i = 0; i < pending.size(); i++) {
            GeneratedRow r = (GeneratedRow) pending.get(i)[0];
            String fault = (String) pending.get(i)[1];
            expected.add(new Expected(lineAt(all, starts.get(i)), null, fault != null ? null : expectedValues(r), fault));
        }
        byte[] bytes = all.getBytes(charset());
        try (OutputStream out = Files.newOutputStream(file)) {
            if (encoding.equals("UTF-8-BOM")) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            } else if (encoding.equals("UTF-16LE-BOM")) {
                out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            }
            out.write(bytes);
        }
        return expected;
    }

    /** The physical line (1-based) that starts at {@code offset}: line breaks are CR, LF or CRLF. */
    private static long lineAt(String text, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    private String line(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(quote(c));
        }
        return String.join(String.valueOf(delimiter), out);
    }

    /** RFC 4180: quotes only a value holding the delimiter, a quote, a line break, or spaces at its ends. */
    private String quote(String v) {
        boolean needs = v.indexOf(delimiter) >= 0 || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ');
        return needs ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private String csvRecord(GeneratedRow r, List<String> cols) {
        List<String> cells = new ArrayList<>();
        for (String f : cols) {
            String raw = r.text(f, english());
            String cell = quote(raw);
            if (f.equals("content")) {
                String safe = r.safeText();
                cell = switch (r.fault()) {
                    case UNESCAPED_QUOTE -> "\"" + safe + "\"" + safe + "\"";
                    case BACKSLASH_QUOTE -> "\"" + safe + "\\\"" + safe + "\\\"\"";
                    case SPACE_AFTER_QUOTE -> "\"" + safe + "\" ";
                    case SPACE_BEFORE_QUOTE -> " \"" + safe + "\"";
                    case UNCLOSED_QUOTE -> "\"" + safe;
                    case QUOTE_AT_START -> "\"" + safe + "\"" + safe;
                    default -> cell;
                };
            }
            cells.add(cell);
        }
        if (r.fault() == Fault.FEWER_FIELDS) {
            cells.remove(cells.size() - 1);
        }
        if (r.fault() == Fault.MORE_FIELDS) {
            cells.add("多余");
        }
        return String.join(String.valueOf(delimiter), cells);
    }

    private List<Expected> writeXlsx(Path file) throws IOException {
        List<Expected> expected = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle stamp = wb.createCellStyle();
            stamp.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            int per = Math.max(1, (rows.size() + sheets - 1) / sheets);
            for (int s = 0; s < sheets; s++) {
                String name = "10月第" + (s + 1) + "部分";
                var sheet = wb.createSheet(name);
                List<String> cols = columns(s == 0 ? order : reversed(order));
                int rowNo = 0;
                writeCells(sheet.createRow(rowNo++), cols.stream().map(this::header).toList());
                for (int i = s * per; i < Math.min(rows.size(), (s + 1) * per); i++) {
                    GeneratedRow r = rows.get(i);
                    if (r.fault() == Fault.BLANK_LINE_BEFORE) {
                        rowNo++;
                    }
                    if (r.fault() == Fault.REPEATED_HEADER_BEFORE) {
                        cols = columns(r.reorder(order.size()).stream().map(order::get).toList());
                        expected.add(new Expected(rowNo + 1, name, null, "REPEATED_HEADER"));
                        writeCells(sheet.createRow(rowNo++), cols.stream().map(this::header).toList());
                    }
                    Fault f = r.fault().inXlsx();
                    expected.add(new Expected(rowNo + 1, name, f.quarantined ? null : expectedValues(r), f.quarantined ? f.name() : null));
                    var row = sheet.createRow(rowNo++);
                    for (int c = 0; c < cols.size(); c++) {
                        String field = cols.get(c);
                        var cell = row.createCell(c);
                        if (field.equals("content") && f == Fault.UNCALCULATED_FORMULA) {
                            cell.setCellFormula("\"诉\"&\"毕\""); // never evaluated: the file holds no calculated value
                        } else if (field.equals("content") && f == Fault.ERROR_CELL) {
                            cell.setCellErrorValue(FormulaError.NA.getCode());
                        } else if (field.equals("compensation_amount") && r.amount() != null && f == Fault.NONE) {
                            cell.setCellValue(r.amount().doubleValue());
                        } else if (field.equals("received_at") && r.timeFormat() == 0 && f == Fault.NONE) {
                            cell.setCellValue(r.receivedAt());
                            cell.setCellStyle(stamp);
                        } else {
                            String v = r.text(field, false);
                            if (!v.isEmpty()) {
                                cell.setCellValue(v);
                            }
                        }
                    }
                }
            }
            var notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本表由客服部导出");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return expected;
    }

    /** The row's values, null for the columns this export does not carry. */
    private Map<String, Object> expectedValues(GeneratedRow r) {
        Map<String, Object> v = r.values();
        List<String> present = columns(order);
        v.replaceAll((f, value) -> present.contains(f) ? value : null);
        return v;
    }

    private static List<Integer> reversed(List<Integer> l) {
        List<Integer> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private static void writeCells(org.apache.poi.ss.usermodel.Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    @Override
    public String toString() {
        return format + " " + encoding + " delimiter=" + (int) delimiter + " eol=" + eol.replace("\r", "CR").replace("\n", "LF")
                + " order=" + order + " sheets=" + sheets + " rows=" + rows;
    }

    /** The faults a row can carry; the quarantined ones must end in quarantine, the others land with the values written. */
    enum Fault {
        NONE(false), UNESCAPED_QUOTE(true), BACKSLASH_QUOTE(true), SPACE_AFTER_QUOTE(true), SPACE_BEFORE_QUOTE(true),
        UNCLOSED_QUOTE(true), QUOTE_AT_START(true), FEWER_FIELDS(true), MORE_FIELDS(true), BAD_DATE(true), UNKNOWN_CODE(true),
        ID_WITH_NBSP(false), ID_WITH_ZERO_WIDTH(false), ID_FULL_WIDTH(false), ID_AS_EXCEL_TEXT(false),
        BLANK_LINE_BEFORE(false), REPEATED_HEADER_BEFORE(false), UNCALCULATED_FORMULA(true), ERROR_CELL(true);

        final boolean quarantined;

        Fault(boolean quarantined) {
            this.quarantined = quarantined;
        }

        /** CSV quoting faults have no meaning in a workbook: there they become the workbook's own faults. */
        Fault inXlsx() {
            return switch (this) {
                case UNESCAPED_QUOTE, BACKSLASH_QUOTE, SPACE_AFTER_QUOTE -> UNCALCULATED_FORMULA;
                case SPACE_BEFORE_QUOTE, UNCLOSED_QUOTE, QUOTE_AT_START, FEWER_FIELDS, MORE_FIELDS -> ERROR_CELL;
                default -> this;
            };
        }
    }

    /** One complaint as generated: its values, the fault it carries, and how its text is spelled. */
    record GeneratedRow(int id, int site, LocalDateTime receivedAt, int timeFormat, int[] codes, String content, String phone,
                        BigDecimal amount, Integer resolvedHours, Fault fault, int seed) {

        String idText() {
            String id = "C" + this.id;
            return switch (fault) {
                case ID_WITH_NBSP -> id + "\u00a0";
                case ID_WITH_ZERO_WIDTH -> "C\u200b" + this.id;
                case ID_FULL_WIDTH -> toFullWidth(id);
                case ID_AS_EXCEL_TEXT -> "=\"" + id + "\"";
                default -> id;
            };
        }

        /** Text without quotes or line breaks, for the quoting faults. */
        String safeText() {
            return "客户说好" + id;
        }

        List<Integer> reorder(int n) {
            List<Integer> p = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                p.add(i);
            }
            java.util.Collections.rotate(p, 1 + seed % Math.max(1, n - 1));
            return p;
        }

        String text(String field, boolean english) {
            return switch (field) {
                case "complaint_id" -> idText();
                case "site_code" -> site == 0 ? "S01" : "S02";
                case "received_at" -> fault == Fault.BAD_DATE ? "2026-13-45" : time(receivedAt, timeFormat);
                case "channel" -> fault == Fault.UNKNOWN_CODE ? "微信群" : code(field, english);
                case "record_type", "validity", "severity" -> code(field, english);
                case "content" -> content;
                case "customer_phone" -> phone == null ? "" : phone;
                case "compensation_amount" -> amount == null ? "" : amount.toPlainString();
                case "resolved_at" -> resolvedHours == null ? "" : time(receivedAt.plusHours(resolvedHours), 0);
                default -> throw new IllegalArgumentException(field);
            };
        }

        private String code(String field, boolean english) {
            List<String> options = ZH_CODES.get(field);
            String[] pair = options.get(codes[List.of("channel", "record_type", "validity", "severity").indexOf(field)] % options.size()).split(":");
            return english ? pair[0] : pair[1];
        }

        private static String time(LocalDateTime t, int format) {
            return switch (format) {
                case 0 -> t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
                case 1 -> t.format(DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"));
                case 2 -> t.minusHours(8).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"));
                default -> t.atOffset(ZoneOffset.ofHours(8)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            };
        }

        /** What must land: the contract's fields as typed values (absent columns land as null). */
        Map<String, Object> values() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("complaint_id", "C" + id);
            v.put("site_code", site == 0 ? "S01" : "S02");
            v.put("received_at", receivedAt);
            for (String f : List.of("channel", "record_type", "validity", "severity")) {
                v.put(f, code(f, true));
            }
            v.put("content", content);
            v.put("customer_phone", phone);
            v.put("compensation_amount", amount == null ? null : amount.setScale(2));
            v.put("resolved_at", resolvedHours == null ? null : receivedAt.plusHours(resolvedHours));
            return v;
        }

        @Override
        public String toString() {
            return "C" + id + (fault == Fault.NONE ? "" : ":" + fault) + "[" + content.replace("\n", "\\n").replace("\r", "\\r") + "]";
        }
    }

    static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return b.toString();
    }
}
