package io.opsdw.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts read while monthly runs publish: they must only ever see complete versions. */
class ConcurrentReaderTest {

    @TempDir
    Path home;

    @Test
    void aReaderInAnotherProcessSeesOnlyCompleteVersionsWhilePublishRunsRepeatedly() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        MartFixture.write(lake);
        DuckDbPublisher publisher = new DuckDbPublisher(new DuckDbConnections(new DwSettings.DuckDb("256MB", 1), lake.tmp()));
        publisher.publish(lake, MartFixture.marts(lake), "run-0", YearMonth.of(2026, 10), Instant.EPOCH, TableDocs.NONE);
        Map<String, Long> expectedRows = new HashMap<>(Map.of("run-0", 2L));

        Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReaderLoop.class.getName(), lake.warehouseFile().toString(), "9000")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("started");

        for (int i = 1; i <= 6; i++) {
            addComplaints(lake, i);
            publisher.publish(lake, MartFixture.marts(lake), "run-" + i, YearMonth.of(2026, 10), Instant.EPOCH, TableDocs.NONE);
            expectedRows.put("run-" + i, 2L + i * (i + 1) / 2);
            Thread.sleep(300);
        }

        List<String> lines = new ArrayList<>();
        for (String line = out.readLine(); line != null && !line.equals("done"); line = out.readLine()) {
            lines.add(line);
        }
        reader.waitFor();
        List<String> ok = lines.stream().filter(l -> l.startsWith("ok ")).toList();
        List<String> errors = lines.stream().filter(l -> l.startsWith("err ")).toList();

        assertThat(ok).hasSizeGreaterThan(20);
        long tables = Long.parseLong(ok.get(0).split(" ")[3]);
        for (String line : ok) {
            String[] parts = line.split(" ");
            assertThat(expectedRows).as("a version that was published: %s", line).containsKey(parts[1]);
            assertThat(Long.parseLong(parts[2])).as("complete fact table in %s", line).isEqualTo(expectedRows.get(parts[1]));
            assertThat(Long.parseLong(parts[3])).as("all tables present in %s", line).isEqualTo(tables);
        }
        assertThat(ok.stream().map(l -> l.split(" ")[1]).distinct().count()).as("the reader saw new versions arrive").isGreaterThan(1);
        assertThat(errors).as("no reader errors during swaps").isEmpty();
    }

    /** Publish i adds i more complaints in a file of its own, so each version has a known row count. */
    private static void addComplaints(LakeLayout lake, int i) throws Exception {
        Path file = MartFixture.marts(lake).resolve("fact_complaint/period=2026-10/extra-" + i + ".parquet");
        Files.createDirectories(file.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * REPLACE ('X' || " + i + " || '-' || n AS complaint_id) FROM read_parquet('"
                    + MartFixture.marts(lake).resolve("fact_complaint") + "/period=2026-10/data_0.parquet') , range(" + i + ") r(n) LIMIT " + i + ") TO '" + file + "' (FORMAT parquet)");
        }
    }
}
