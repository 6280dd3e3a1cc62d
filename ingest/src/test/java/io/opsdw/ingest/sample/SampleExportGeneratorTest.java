package io.opsdw.ingest.sample;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.generator.GenerateResult;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.FaultInjector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleExportGeneratorTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    /** Three months at scale 0.5 with 3 % faults, shared by the read-only tests below. */
    private static Path dirty;
    private static GenerateResult dirtyResult;

    @BeforeAll
    static void generateDirtySet() {
        dirty = shared.resolve("dirty");
        dirtyResult = new SampleExportGenerator().generate(new GenerateRequest(OCT, 3, 0.5, 7, 0.03, dirty));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        var request = (java.util.function.Function<Path, GenerateRequest>) dir -> new GenerateRequest(OCT, 2, 0.3, 11, 0.02, dir);
        GenerateResult first = new SampleExportGenerator().generate(request.apply(a));
        GenerateResult second = new SampleExportGenerator().generate(request.apply(b));
        assertThat(first.files()).hasSameSizeAs(second.files()).hasSizeGreaterThan(20);
        for (Path file : first.files()) {
            Path twin = b.resolve(a.relativize(file));
            assertThat(Files.mismatch(file, twin)).as("bytes of %s", a.relativize(file)).isEqualTo(-1L);
        }
        GenerateResult otherSeed = new SampleExportGenerator().generate(new GenerateRequest(OCT, 1, 0.3, 12, 0.02, a.resolve("x")));
        assertThat(Files.mismatch(otherSeed.files().get(otherSeed.files().size() - 3),
                b.resolve("2026-10").resolve(otherSeed.files().get(otherSeed.files().size() - 3).getFileName()))).isNotEqualTo(-1L);
    }

    @Test
    void writesOneFilePerSourceAndTheSidecars() {
        Path dir = dirty.resolve("2026-10");
        for (String source : TestContracts.ALL) { // customers come as a workbook, every other source as CSV
            String file = source + "_2026-10." + (source.equals("customers") ? "xlsx" : "csv");
            assertThat(dir.resolve(file)).as(source).exists();
        }
        assertThat(dir.resolve("_faults.json")).exists();
        assertThat(dir.resolve("_manifest.json")).exists();
        assertThat(dirtyResult.rowsBySource()).containsOnlyKeys(OCT, OCT.plusMonths(1), OCT.plusMonths(2));
    }

    @Test
    void headerRowsAreTheContractsFirstAliases() throws IOException {
        Path dir = dirty.resolve("2026-10");
        JsonNode manifest = JSON.readTree(dir.resolve("_manifest.json").toFile());
        for (JsonNode file : manifest.path("files")) {
            String source = file.path("source").asText();
            List<String> header;
            if (file.path("format").asText().equals("xlsx")) {
                header = xlsxRows(dir.resolve(file.path("file").asText())).get(0);
            } else {
                header = List.of(ExportValidator.read(dir, file).get(0));
            }
            assertThat(header).as(source).containsExactlyElementsOf(TestContracts.firstAliases(source));
        }
    }

    @Test
    void callbacksAndInventoryAreGbkAndOthersUtf8() throws IOException {
        Path dir = dirty.resolve("2026-10");
        for (String gbk : List.of("callbacks", "inventory_movements")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(gbk + "_2026-10.csv"));
            String text = strictDecode(bytes, Charset.forName("GBK"));
            assertThat(text).startsWith(TestContracts.firstAliases(gbk).get(0));
            assertThat(decodes(bytes, StandardCharsets.UTF_8)).as("%s is not accidentally UTF-8", gbk).isFalse();
        }
        byte[] complaints = Files.readAllBytes(dir.resolve("complaints_2026-10.csv"));
        assertThat(complaints[0] & 0xFF).isEqualTo(0xEF); // UTF-8 with BOM
        assertThat(strictDecode(complaints, StandardCharsets.UTF_8)).contains("投诉编号");
        byte[] visits = Files.readAllBytes(dir.resolve("visitor_counts_2026-10.csv"));
        assertThat(strictDecode(visits, StandardCharsets.UTF_8)).startsWith("门店编码");
    }

    @Test
    void injectedFaultsMatchTheSidecarWhenRecountedFromTheFiles() throws IOException {
        for (YearMonth period : dirtyResult.faultsBySourceAndReason().keySet()) {
            Path dir = dirty.resolve(period.toString());
            ExportValidator.Counts actual = ExportValidator.validate(dir);
            JsonNode sidecar = JSON.readTree(dir.resolve("_faults.json").toFile());
            assertThat(sidecar.path("period").asText()).isEqualTo(period.toString());
            long faulty = 0;
            for (String source : TestContracts.OPERATIONAL) {
                Map<String, Long> declared = new HashMap<>();
                sidecar.path("sources").path(source).fields().forEachRemaining(e -> declared.put(e.getKey(), e.getValue().asLong()));
                assertThat(actual.faults().get(source)).as("%s %s", period, source).isEqualTo(declared);
                assertThat(actual.rows().get(source)).isEqualTo(sidecar.path("rows").path(source).asLong());
                assertThat(dirtyResult.faultsBySourceAndReason().get(period).get(source)).isEqualTo(declared);
                faulty += declared.values().stream().mapToLong(Long::longValue).sum();
            }
            long operationalRows = TestContracts.OPERATIONAL.stream().mapToLong(s -> actual.rows().get(s)).sum();
            assertThat((double) faulty / operationalRows).isBetween(0.015, 0.05);
            assertThat(sidecar.path("harmless").path("inventory_movements").size()).isPositive();
        }
        var harmlessKinds = new java.util.TreeSet<String>();
        for (YearMonth period : dirtyResult.faultsBySourceAndReason().keySet()) {
            JSON.readTree(dirty.resolve(period + "/_faults.json").toFile()).path("harmless")
                    .forEach(bySource -> bySource.fieldNames().forEachRemaining(harmlessKinds::add));
        }
        assertThat(harmlessKinds).containsExactlyInAnyOrder(
                "date_layout", "full_width_digits", "thousands_separator", "surrounding_spaces", "traditional_chinese");
        // Across the set every reason code occurs at least once.
        var reasons = dirtyResult.faultsBySourceAndReason().values().stream()
                .flatMap(m -> m.values().stream()).flatMap(m -> m.keySet().stream()).distinct().toList();
        assertThat(reasons).containsExactlyInAnyOrder(FaultInjector.INJECTABLE.stream().map(Enum::name).toArray(String[]::new));
    }

    @Test
    void dirtyRateZeroGivesACleanAndConsistentSet(@TempDir Path out) throws IOException {
        GenerateResult result = new SampleExportGenerator().generate(new GenerateRequest(OCT, 1, 0.5, 3, 0, out));
        Path dir = out.resolve("2026-10");
        ExportValidator.Counts counts = ExportValidator.validate(dir);
        counts.faults().values().forEach(reasons -> assertThat(reasons).isEmpty());
        result.faultsBySourceAndReason().get(OCT).values().forEach(reasons -> assertThat(reasons).isEmpty());
        assertThat(JSON.readTree(dir.resolve("_faults.json").toFile()).path("harmless").path("orders").size()).isZero();

        // Orders: paid <= amount, status agrees, stages in order.
        List<String[]> orders = ExportValidator.read(dir, fileEntry(dir, "orders"));
        long rush = 0;
        for (String[] r : orders.subList(1, orders.size())) {
            BigDecimal amount = new BigDecimal(r[8]);
            BigDecimal paid = new BigDecimal(r[9]);
            assertThat(paid).isLessThanOrEqualTo(amount);
            assertThat(r[10]).isEqualTo(paid.compareTo(amount) == 0 ? "已付清" : paid.signum() == 0 ? "未付款" : "部分付款");
            List<String> stages = Stream.of(r[5], r[11], r[12], r[13], r[14]).filter(t -> !t.isEmpty()).toList();
            assertThat(stages).isSorted();
            rush += r[15].equals("是") ? 1 : 0;
        }
        assertThat(rush / (double) (orders.size() - 1)).isBetween(0.05, 0.15);

        // Complaints: milestones never precede receipt; closed ones were signed and called back.
        List<String[]> complaints = ExportValidator.read(dir, fileEntry(dir, "complaints"));
        long major = 0;
        for (String[] r : complaints.subList(1, complaints.size())) {
            for (int milestone : new int[] {17, 18, 19, 20, 21}) {
                assertThat(r[milestone].isEmpty() || r[milestone].compareTo(r[2]) >= 0).as(String.join("|", r)).isTrue();
            }
            if (!r[21].isEmpty()) {
                assertThat(r[19]).isNotEmpty();
                assertThat(r[20]).isNotEmpty();
            }
            major += r[14].equals("重大") ? 1 : 0;
        }
        assertThat(major / (double) (complaints.size() - 1)).isBetween(0.01, 0.1);

        // Callbacks: members are the focus, but not every member is reached (coverage below 100 %).
        List<String[]> callbacks = ExportValidator.read(dir, fileEntry(dir, "callbacks"));
        var calledMembers = callbacks.stream().skip(1).filter(r -> r[4].equals("是")).map(r -> r[2]).distinct().count();
        long memberCalls = callbacks.stream().skip(1).filter(r -> r[4].equals("是")).count();
        assertThat(memberCalls / (double) (callbacks.size() - 1)).isGreaterThan(0.6);
        long members = xlsxRows(dir.resolve("customers_2026-10.xlsx")).stream().skip(1)
                .filter(r -> !r.get(5).equals("非会员")).count();
        assertThat(calledMembers).isLessThan(members);
    }

    @Test
    void complaintTextWithCommasQuotesAndNewlinesRoundTrips() throws IOException {
        Path dir = dirty.resolve("2026-10");
        JsonNode file = fileEntry(dir, "complaints");
        List<String[]> rows = ExportValidator.read(dir, file);
        int content = TestContracts.firstAliases("complaints").indexOf("投诉内容");
        List<String> texts = rows.stream().skip(1).filter(r -> r.length > content).map(r -> r[content]).toList();
        assertThat(texts).anyMatch(t -> t.contains("\n")).anyMatch(t -> t.contains("\"")).anyMatch(t -> t.contains(", "));
        assertThat(texts).contains("摄影师拍摄时不耐烦，外景只拍了两个点，和套系约定不符。");
    }

    @Test
    void weekendsAreBusierAndSalesCentresStaffThreeOnFridayToSunday() throws IOException {
        Path dir = dirty.resolve("2026-10");
        double[] sums = new double[2];
        int[] days = new int[2];
        List<String[]> rows = ExportValidator.read(dir, fileEntry(dir, "visitor_counts"));
        for (String[] r : rows.subList(1, rows.size())) {
            LocalDate day;
            try {
                day = LocalDate.parse(r[1].trim());
                Integer.parseInt(r[3].trim());
                Integer.parseInt(r[7].trim());
            } catch (RuntimeException dirtyOrFaulty) {
                continue;
            }
            boolean peak = day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) >= 0;
            sums[peak ? 1 : 0] += Integer.parseInt(r[3].trim());
            days[peak ? 1 : 0]++;
            if (r[0].startsWith("SC")) {
                assertThat(Integer.parseInt(r[7].trim())).isEqualTo(peak ? 3 : 2);
            }
        }
        assertThat(sums[1] / days[1]).isGreaterThan(1.5 * sums[0] / days[0]);
    }

    @Test
    void membershipAndUnitCostsChangeBetweenMonths() throws IOException {
        Map<String, String> oct = membership(dirty.resolve("2026-10/customers_2026-10.xlsx"));
        Map<String, String> dec = membership(dirty.resolve("2026-12/customers_2026-12.xlsx"));
        assertThat(dec.size()).isGreaterThan(oct.size()); // new customers join
        long upgrades = oct.keySet().stream().filter(id -> oct.get(id).equals("非会员") && dec.get(id).equals("会员")).count();
        long toVip = oct.keySet().stream().filter(id -> oct.get(id).equals("会员") && dec.get(id).equals("VIP会员")).count();
        long lapsed = oct.keySet().stream().filter(id -> !oct.get(id).equals("非会员") && dec.get(id).equals("非会员")).count();
        assertThat(upgrades).isPositive();
        assertThat(toVip).isPositive();
        assertThat(lapsed).isPositive();
        assertThat(unitCosts("2026-12")).isNotEqualTo(unitCosts("2026-10"));
    }

    @Test
    void bigSourcesAreSplitIntoPartsAndAReRunReplacesThem(@TempDir Path out) throws IOException {
        new SampleExportGenerator(500).generate(new GenerateRequest(OCT, 1, 0.5, 5, 0.01, out));
        GenerateResult result = new SampleExportGenerator(1_000).generate(new GenerateRequest(OCT, 1, 0.5, 5, 0.01, out));
        Path dir = out.resolve("2026-10");
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString).sorted().toList())
                    .as("no stale parts from the first run")
                    .isEqualTo(result.files().stream().map(Path::getFileName).map(Path::toString).sorted().toList());
        }
        assertThat(dir.resolve("inventory_movements_2026-10_part1.csv")).exists();
        assertThat(dir.resolve("inventory_movements_2026-10_part2.csv")).exists();
        assertThat(dir.resolve("inventory_movements_2026-10.csv")).doesNotExist();
        assertThat(dir.resolve("complaints_2026-10.csv")).exists(); // small sources stay whole
        ExportValidator.Counts counts = ExportValidator.validate(dir);
        assertThat(counts.rows()).containsEntry("inventory_movements", result.rowsBySource().get(OCT).get("inventory_movements"));
        assertThat(counts.faults()).isEqualTo(result.faultsBySourceAndReason().get(OCT).entrySet().stream()
                .filter(e -> TestContracts.OPERATIONAL.contains(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void callbackResultsAndComplaintTimelinesArePlausible() throws IOException {
        Path dir = dirty.resolve("2026-10");
        List<String[]> callbacks = ExportValidator.read(dir, fileEntry(dir, "callbacks"));
        Map<String, Long> results = new HashMap<>();
        callbacks.stream().skip(1).filter(r -> r.length == 17).forEach(r -> results.merge(r[13].trim(), 1L, Long::sum));
        long total = results.values().stream().mapToLong(Long::longValue).sum();
        assertThat(results.getOrDefault("满意", 0L) / (double) total).isBetween(0.65, 0.9);
        assertThat(results).containsKeys("一般", "不满意", "未接通");

        List<String[]> complaints = ExportValidator.read(dir, fileEntry(dir, "complaints"));
        List<String> receivedResolved = new ArrayList<>();
        complaints.stream().skip(1).filter(r -> r.length == 28 && !r[17].isBlank()).forEach(r -> receivedResolved.add(r[17]));
        assertThat(receivedResolved).anyMatch(t -> t.endsWith(" 23:59:00")); // boundary: resolved at 23:59
        long open = complaints.stream().skip(1).filter(r -> r.length == 28 && r[17].isBlank()).count();
        assertThat(open).isPositive();
        // a complaint system's fields (status 22, category 23, due_at 25) on part of the rows: both SLA paths are exercised
        List<String[]> whole = complaints.stream().skip(1).filter(r -> r.length == 28).toList();
        assertThat(whole).anyMatch(r -> !r[22].isBlank() && !r[23].isBlank() && !r[25].isBlank())
                .anyMatch(r -> !r[22].isBlank() && r[25].isBlank())
                .anyMatch(r -> r[22].isBlank() && r[23].isBlank() && r[25].isBlank());
        Map<String, Long> byDept = new HashMap<>();
        for (YearMonth period : dirtyResult.rowsBySource().keySet()) {
            Path monthDir = dirty.resolve(period.toString());
            ExportValidator.read(monthDir, fileEntry(monthDir, "complaints")).stream().skip(1)
                    .filter(r -> r.length == 28).forEach(r -> byDept.merge(r[10].trim(), 1L, Long::sum));
        }
        // More complaints about photography and retouching than about the CS desk; engineering leads in property.
        assertThat(byDept.get("YL02")).isGreaterThan(byDept.get("YL05"));
        assertThat(byDept.get("YL03")).isGreaterThan(byDept.get("YL05"));
        assertThat(byDept.get("WY01")).isGreaterThan(byDept.get("WY05"));
    }

    private static Map<String, String> membership(Path xlsx) throws IOException {
        Map<String, String> byId = new HashMap<>();
        List<List<String>> rows = xlsxRows(xlsx);
        int status = rows.get(0).indexOf("会员等级");
        rows.subList(1, rows.size()).forEach(r -> byId.put(r.get(0), r.get(status)));
        return byId;
    }

    private static Map<String, BigDecimal> unitCosts(String period) throws IOException {
        Path dir = dirty.resolve(period);
        Map<String, BigDecimal> costs = new HashMap<>();
        List<String[]> rows = ExportValidator.read(dir, fileEntry(dir, "items"));
        int unitCost = java.util.Arrays.asList(rows.get(0)).indexOf("单价");
        rows.subList(1, rows.size()).forEach(r -> costs.put(r[0], new BigDecimal(r[unitCost])));
        return costs;
    }

    private static JsonNode fileEntry(Path dir, String source) throws IOException {
        for (JsonNode f : JSON.readTree(dir.resolve("_manifest.json").toFile()).path("files")) {
            if (f.path("source").asText().equals(source)) {
                return f;
            }
        }
        throw new AssertionError("no file for " + source);
    }

    private static List<List<String>> xlsxRows(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (var row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String strictDecode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            strictDecode(bytes, charset);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
