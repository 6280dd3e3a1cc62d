package io.opsdw.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two months are published while a BI tool in another JVM (with the DuckDB 1.4 LTS driver analysts' tools bundle)
 * holds the stable path open. It keeps seeing the month it opened, also on a second connection to the same path
 * (DuckDB caches the database per path while a connection is open: duckdb-java#203); after closing every connection
 * and reconnecting it sees the new month; dated snapshots sit beside the stable file, the oldest beyond the limit gone.
 */
class SnapshotRefreshTest {

    private static final Path COMPAT = Path.of(System.getProperty("opsdw.compat.dir", "target/compat"));

    @TempDir
    Path home;

    @Test
    void aReaderSeesTheNewMonthAfterReconnectingAndOnlyTheLatestSnapshotsAreKept() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);
        DuckDbConnections connections = new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), lake.tmp());
        DuckDbPublisher publisher = new DuckDbPublisher(connections, new DwSettings.Publish("v1.4.0", 2));
        publisher.publish(lake, MartFixture.marts(lake), "run-aug", YearMonth.of(2026, 8), Instant.EPOCH, TableDocs.NONE);

        Process reader = startReader(lake.warehouseFile());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter in = new PrintWriter(reader.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("ready seen run-aug 2026-08");

            PublishResult september = publisher.publish(lake, MartFixture.marts(lake), "run-sep", YearMonth.of(2026, 9), Instant.EPOCH, TableDocs.NONE);
            PublishResult october = publisher.publish(lake, MartFixture.marts(lake), "run-oct", YearMonth.of(2026, 10), Instant.EPOCH, TableDocs.NONE);

            assertThat(ask(in, out, "held")).as("the connection kept open").isEqualTo("seen run-aug 2026-08");
            assertThat(ask(in, out, "another")).as("a second connection while one is open: the cached database").isEqualTo("seen run-aug 2026-08");
            assertThat(ask(in, out, "open " + lake.warehouseDir().resolve("opsdw_2026-09.duckdb"))).as("a dated snapshot")
                    .isEqualTo("seen run-sep 2026-09");
            assertThat(ask(in, out, "reconnect")).as("after closing every connection").isEqualTo("seen run-oct 2026-10");
            in.println("quit");
            assertThat(september.snapshot()).hasFileName("opsdw_2026-09.duckdb");
            assertThat(september.removedSnapshots()).isEmpty();
            assertThat(october.removedSnapshots()).extracting(p -> p.getFileName().toString()).containsExactly("opsdw_2026-08.duckdb");
        } finally {
            assertThat(reader.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Stream<Path> files = Files.list(lake.warehouseDir())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as("home/warehouse after three publishes, two snapshots kept")
                    .containsExactly("opsdw.duckdb", "opsdw_2026-09.duckdb", "opsdw_2026-10.duckdb");
        }
        assertThat(publishedPeriod(connections, lake.warehouseDir().resolve("opsdw_2026-10.duckdb"))).isEqualTo("run-oct 2026-10");
        assertThat(publishedPeriod(connections, lake.warehouseFile())).isEqualTo("run-oct 2026-10");
    }

    @Test
    void noSnapshotsWhenNoneAreKept() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);
        DuckDbConnections connections = new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), lake.tmp());
        PublishResult result = new DuckDbPublisher(connections, new DwSettings.Publish("v1.4.0", 0))
                .publish(lake, MartFixture.marts(lake), "run-1", YearMonth.of(2026, 10), Instant.EPOCH, TableDocs.NONE);

        assertThat(result.snapshot()).isNull();
        try (Stream<Path> files = Files.list(lake.warehouseDir())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("opsdw.duckdb");
        }
    }

    private static Process startReader(Path file) throws Exception {
        Path lts;
        try (Stream<Path> jars = Files.list(COMPAT)) {
            lts = jars.filter(p -> p.getFileName().toString().startsWith("duckdb_jdbc-1.4.")).findFirst()
                    .orElseThrow(() -> new AssertionError("no duckdb_jdbc 1.4 in " + COMPAT.toAbsolutePath() + ": run the tests through Maven"));
        }
        String classes = Path.of(HeldReader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", lts.toAbsolutePath() + File.pathSeparator + classes, HeldReader.class.getName(), file.toString())
                .redirectErrorStream(true).start();
    }

    private static String ask(PrintWriter in, BufferedReader out, String command) throws Exception {
        in.println(command);
        return out.readLine();
    }

    private static String publishedPeriod(DuckDbConnections connections, Path file) throws Exception {
        try (Connection c = connections.openReadOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT run_id || ' ' || period FROM publish_info")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
