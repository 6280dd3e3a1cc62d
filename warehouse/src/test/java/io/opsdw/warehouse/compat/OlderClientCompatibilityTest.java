package io.opsdw.warehouse.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.publish.DuckDbConnections;
import io.opsdw.warehouse.publish.DuckDbPublisher;
import io.opsdw.warehouse.publish.MartFixture;
import io.opsdw.warehouse.publish.ModelCatalogDocs;
import io.opsdw.warehouse.publish.PublishResult;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published file opens in the DuckDB versions analysts' tools bundle (the 1.4 LTS and 1.5), not only in the driver
 * that wrote it. Each older duckdb_jdbc jar is fetched by Maven into target/compat (never on this module's classpath)
 * and runs {@link OlderClientProbe} in a JVM of its own: every analyst view and table must answer there with the row
 * counts the current driver gives, and keep its comment.
 */
class OlderClientCompatibilityTest {

    /** Filled by maven-dependency-plugin (warehouse/pom.xml, execution copy-older-duckdb-clients). */
    private static final Path COMPAT = Path.of(System.getProperty("opsdw.compat.dir", "target/compat"));

    @TempDir
    static Path home;
    static Path published;
    static PublishResult result;
    static Map<String, String> expected;

    @BeforeAll
    static void publish() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);
        DuckDbConnections connections = new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), lake.tmp());
        result = new DuckDbPublisher(connections).publish(lake, MartFixture.marts(lake), "run-1", YearMonth.of(2026, 10), Instant.EPOCH,
                new ModelCatalogDocs());
        published = result.warehouseFile();
        expected = new TreeMap<>();
        try (Connection c = connections.openReadOnly(published); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 'view', view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'"
                     + " UNION ALL SELECT 'table', table_name FROM duckdb_tables() WHERE schema_name = 'main'")) {
            List<String[]> objects = new ArrayList<>();
            while (rs.next()) {
                objects.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            for (String[] o : objects) {
                try (ResultSet n = st.executeQuery("SELECT count(*) FROM \"" + o[1] + "\"")) {
                    n.next();
                    expected.put(o[0] + " " + o[1], n.getString(1));
                }
            }
        }
    }

    static List<Path> olderClients() throws Exception {
        assertThat(COMPAT).as("older DuckDB drivers in " + COMPAT.toAbsolutePath() + ": run the tests through Maven, which fetches them")
                .isDirectory();
        try (Stream<Path> jars = Files.list(COMPAT)) {
            List<Path> found = jars.filter(p -> p.getFileName().toString().matches("duckdb_jdbc-1\\.\\d+\\.\\d+\\.\\d+\\.jar")).sorted().toList();
            assertThat(found).extracting(p -> p.getFileName().toString().replaceAll("duckdb_jdbc-(1\\.\\d+)\\..*", "$1"))
                    .as("a 1.4 LTS and a 1.5 driver").contains("1.4", "1.5");
            return found;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("olderClients")
    void anOlderDuckDbOpensTheFileAndAnswersEveryViewAndTable(Path driver) throws Exception {
        List<String> lines = probe(driver);
        String version = driver.getFileName().toString().replaceAll("duckdb_jdbc-(\\d+\\.\\d+\\.\\d+)\\..*", "v$1");

        assertThat(lines).as("what DuckDB " + version + " printed").contains("done").doesNotHaveDuplicates();
        assertThat(lines.stream().filter(l -> l.startsWith("err ")).toList()).as("errors in DuckDB " + version).isEmpty();
        assertThat(lines).contains("version " + version);
        Map<String, String> seen = new TreeMap<>();
        lines.stream().filter(l -> l.startsWith("view ") || l.startsWith("table ")).map(l -> l.split(" "))
                .forEach(p -> seen.put(p[0] + " " + p[1], p[2]));
        assertThat(seen).as("row counts in DuckDB " + version + " against the driver that wrote the file").isEqualTo(expected);
        assertThat(seen.keySet()).as("every analyst view was run").containsAll(result.views().stream().map(v -> "view " + v).toList());
        assertThat(lines).as("comments survive").contains("comment fact_complaint " + new ModelCatalogDocs().table("fact_complaint"));
    }

    /** The setting is what decides: a file written for 1.5 is refused by the 1.4 LTS and opened by 1.5. */
    @org.junit.jupiter.api.Test
    void theStorageVersionIsTheConfiguredOne() throws Exception {
        LakeLayout lake = new LakeLayout(home.resolve("for-1.5"));
        MartFixture.write(lake);
        Path file = new DuckDbPublisher(new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), lake.tmp()), new DwSettings.Publish("v1.5.0", 0))
                .publish(lake, MartFixture.marts(lake), "run-1", YearMonth.of(2026, 10), Instant.EPOCH, new ModelCatalogDocs()).warehouseFile();
        Map<String, Path> drivers = new TreeMap<>();
        olderClients().forEach(d -> drivers.put(d.getFileName().toString().replaceAll("duckdb_jdbc-(1\\.\\d+)\\..*", "$1"), d));

        assertThat(probe(drivers.get("1.4"), file)).anyMatch(l -> l.startsWith("err open") && l.contains("version number"));
        assertThat(probe(drivers.get("1.5"), file)).noneMatch(l -> l.startsWith("err ")).contains("done");
    }

    private static List<String> probe(Path driver) throws Exception {
        return probe(driver, published);
    }

    private static List<String> probe(Path driver, Path file) throws Exception {
        String classes = Path.of(OlderClientProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", driver.toAbsolutePath() + File.pathSeparator + classes, OlderClientProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the probe finished").isTrue();
        return out.lines().toList();
    }
}
