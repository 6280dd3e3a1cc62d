package io.opsdw.warehouse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.ingest.testing.ReliabilityDoc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two months of generated exports published into two homes in opposite orders (A: Sep then Oct; B: Oct then Sep,
 * then Sep again), through the real CLI in this JVM. The published warehouses must be identical (run-describing
 * tables aside); no analyst table or mart may hold a raw phone number or customer name from the raw lake; and a
 * report parameter carrying SQL is refused without output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdempotencyAndPersonalDataTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    static Path tmp;
    static Path input;
    static Path homeA;
    static Path homeB;
    static Map<String, String> inOrder;
    static Map<String, String> outOfOrder;
    static Map<String, String> repeated;
    static final Map<String, String> FIGURES = new LinkedHashMap<>();

    @BeforeAll
    static void publishInBothOrders() throws Exception {
        input = tmp.resolve("exports");
        new SampleExportGenerator().generate(new GenerateRequest(SEP, 2, 0.2, 4242L, 0.03, input));
        homeA = tmp.resolve("homeA");
        homeB = tmp.resolve("homeB");
        publish(homeA, SEP);
        publish(homeA, OCT);
        inOrder = DwCli.fingerprints(homeA.resolve("warehouse/opsdw.duckdb"));
        publish(homeB, OCT);
        publish(homeB, SEP);
        outOfOrder = DwCli.fingerprints(homeB.resolve("warehouse/opsdw.duckdb"));
        publish(homeB, SEP);
        repeated = DwCli.fingerprints(homeB.resolve("warehouse/opsdw.duckdb"));
    }

    private static void publish(Path home, YearMonth period) {
        for (String task : List.of("ingest", "transform", "publish")) {
            List<String> args = new ArrayList<>(List.of(task, "--period", period.toString(), "--home", home.toString()));
            if (task.equals("ingest")) {
                args.addAll(List.of("--input", input.toString()));
            }
            DwCli.Result r = DwCli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(task + " " + period + " into " + home.getFileName() + ": " + r.err() + r.out()).isZero();
        }
    }

    @Test
    @Order(1)
    void runningPeriodsOutOfOrderGivesTheSameWarehouse() {
        assertThat(inOrder).isNotEmpty().containsKeys("fact_complaint", "dim_customer");
        assertThat(outOfOrder).as("Oct then Sep vs Sep then Oct").isEqualTo(inOrder);
        FIGURES.put("tables compared (run-describing tables excluded)", String.valueOf(inOrder.size()));
        FIGURES.put("tables differing between Sep→Oct and Oct→Sep", String.valueOf(diff(inOrder, outOfOrder)));
    }

    @Test
    @Order(2)
    void runningAPeriodTwiceGivesTheSameWarehouse() {
        assertThat(repeated).as("Sep re-run").isEqualTo(outOfOrder);
        FIGURES.put("tables differing after re-running a period", String.valueOf(diff(outOfOrder, repeated)));
    }

    private static long diff(Map<String, String> a, Map<String, String> b) {
        return Stream.concat(a.keySet().stream(), b.keySet().stream()).distinct()
                .filter(k -> !java.util.Objects.equals(a.get(k), b.get(k))).count();
    }

    @Test
    @Order(3)
    void noAnalystTableOrMartHoldsARawPhoneOrCustomerName() throws Exception {
        Path lake = homeA.resolve("lake");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + homeA.resolve("warehouse/opsdw.duckdb") + "' AS wh (READ_ONLY)");
            st.execute("CREATE TEMP TABLE phones(v VARCHAR)");
            st.execute("CREATE TEMP TABLE names(v VARCHAR)");
            for (String[] src : new String[][] {{"complaints", "customer_phone", "customer_name"},
                    {"orders", "customer_phone", "customer_name"}, {"customers", "phone", "customer_name"},
                    {"callbacks", null, "customer_name"}}) {
                String glob = lake.resolve("raw").resolve(src[0]) + "/*/*.parquet";
                if (src[1] != null) {
                    st.execute("INSERT INTO phones SELECT DISTINCT " + src[1] + " FROM read_parquet('" + glob
                            + "') WHERE length(" + src[1] + ") >= 7");
                }
                st.execute("INSERT INTO names SELECT DISTINCT " + src[2] + " FROM read_parquet('" + glob
                        + "') WHERE " + src[2] + " IS NOT NULL");
            }
            // an employee or site may share a name with a customer: those are not customer data
            st.execute("DELETE FROM names WHERE v IN (SELECT employee_name FROM read_parquet('"
                    + lake.resolve("raw/employees") + "/*/*.parquet'))");
            long phones = scalar(st, "SELECT count(DISTINCT v) FROM phones");
            long names = scalar(st, "SELECT count(DISTINCT v) FROM names");
            assertThat(phones).as("raw phones found in the raw lake").isGreaterThan(10);
            assertThat(names).as("raw customer names found in the raw lake").isGreaterThan(10);

            List<String> leaks = new ArrayList<>();
            long columns = 0;
            List<String[]> cols = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM duckdb_columns() "
                    + "WHERE database_name = 'wh' AND data_type = 'VARCHAR'")) {
                while (rs.next()) {
                    cols.add(new String[] {"wh.main.\"" + rs.getString(1) + "\"", rs.getString(2)});
                }
            }
            try (Stream<Path> marts = Files.list(lake.resolve("marts"))) {
                for (Path m : marts.filter(Files::isDirectory).toList()) {
                    String rel = "read_parquet('" + m + "/**/*.parquet', hive_partitioning = false)";
                    try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + rel)) {
                        while (rs.next()) {
                            if (rs.getString(2).equals("VARCHAR")) {
                                cols.add(new String[] {rel, rs.getString(1)});
                            }
                        }
                    }
                }
            }
            for (String[] col : cols) {
                columns++;
                String q = "\"" + col[1] + "\"";
                // the quarantine's texts are whole export records: a name anywhere in them counts, not only a whole value
                String name = col[0].equals("wh.main.\"quarantine\"")
                        ? "EXISTS (SELECT 1 FROM names n WHERE contains(t." + q + ", n.v))" : "t." + q + " IN (SELECT v FROM names)";
                long hits = scalar(st, "SELECT count(*) FROM " + col[0] + " t WHERE EXISTS (SELECT 1 FROM phones p WHERE "
                        + "contains(t." + q + ", p.v)) OR " + name);
                if (hits > 0) {
                    leaks.add(col[0] + "." + col[1] + ": " + hits + " values");
                }
            }
            assertThat(leaks).as("columns holding raw personal data outside the raw lake").isEmpty();
            FIGURES.put("raw phone numbers / customer names searched for", phones + " / " + names);
            FIGURES.put("text columns scanned (warehouse tables and marts)", String.valueOf(columns));
            FIGURES.put("columns holding raw personal data", String.valueOf(leaks.size()));
        }
    }

    /** The quarantine table against the manifests' counts (written by the ingest, read here as plain JSON). */
    @Test
    @Order(4)
    void theQuarantineTableHoldsEveryRowTheManifestsCountAsQuarantined() throws Exception {
        Map<String, Long> manifests = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(homeA.resolve("lake/manifests"))) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
                manifests.put(m.path("source").asText() + " " + m.path("period").asText(), m.path("quarantined").asLong());
            }
        }
        Map<String, Long> published = new java.util.TreeMap<>();
        Map<String, Long> listed = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + homeA.resolve("warehouse/opsdw.duckdb") + "' AS wh (READ_ONLY)");
            try (ResultSet rs = st.executeQuery("SELECT m.source || ' ' || m.period, (SELECT count(*) FROM wh.quarantine q"
                    + " WHERE q.source = m.source AND q.period = m.period), sum(m.quarantined) FROM wh.ingest_manifest m GROUP BY m.source, m.period")) {
                while (rs.next()) {
                    published.put(rs.getString(1), rs.getLong(2));
                    listed.put(rs.getString(1), rs.getLong(3));
                }
            }
            assertThat(scalar(st, "SELECT count(*) FROM wh.quarantine WHERE source = 'complaints' AND NOT raw_text_withheld"))
                    .as("complaints' raw text (names, phones) is withheld").isZero();
            assertThat(scalar(st, "SELECT count(*) FROM wh.quarantine WHERE source = 'inventory_movements' AND raw_text IS NOT NULL"))
                    .as("inventory movements' raw text (no personal data) is kept").isPositive();
        }
        assertThat(manifests.values().stream().mapToLong(Long::longValue).sum()).as("the generated faults were quarantined").isGreaterThan(10);
        assertThat(published).as("quarantine rows per source and period").isEqualTo(manifests);
        assertThat(listed).as("ingest_manifest's quarantined per source and period").isEqualTo(manifests);
        FIGURES.put("quarantined rows published (= manifests' count) / with raw text withheld for personal data",
                manifests.values().stream().mapToLong(Long::longValue).sum() + " / " + withheld());
    }

    private static long withheld() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + homeA.resolve("warehouse/opsdw.duckdb") + "' AS wh (READ_ONLY)");
            return scalar(st, "SELECT count(*) FROM wh.quarantine WHERE raw_text_withheld");
        }
    }

    @Test
    @Order(5)
    void aSiteParameterCarryingSqlIsRefusedWithoutOutput() throws Exception {
        Path out = tmp.resolve("injected-reports");
        DwCli.Result r = DwCli.run("report", "--period", OCT.toString(), "--home", homeA.toString(),
                "--site", "X' OR 1=1 --", "--out", out.toString(), "--locale", "en");
        assertThat(r.exit()).as(r.out() + r.err()).isNotZero();
        assertThat(r.err()).containsIgnoringCase("site");
        assertThat(r.err().lines().filter(l -> !l.isBlank()).count()).as("one line on stderr: " + r.err()).isEqualTo(1);
        assertThat(!Files.exists(out) || Files.list(out).findAny().isEmpty()).as("no report written").isTrue();
        FIGURES.put("report run with --site \"X' OR 1=1 --\"", "refused (exit " + r.exit() + "), no output");
    }

    @Test
    @Order(6)
    void figuresAreInTheDoc() {
        StringBuilder b = new StringBuilder("| figure | value |\n|---|---|\n");
        FIGURES.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        assertThat(ReliabilityDoc.sync("idempotency-and-personal-data", b.toString())).isNull();
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
