package io.opsdw.warehouse.cli;

import io.opsdw.lakecontract.contract.ContractRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.lakecontract.testing.LoopbackFileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake at a Hadoop URI that is not {@code file:}, configured as an operator configures {@code hdfs://} or
 * {@code s3a://}: {@code --dw.lake=lakefs:///...} and {@code spark.hadoop.fs.lakefs.impl}. {@code lakefs:} is a test
 * file system keeping its data on local disk ({@link LoopbackFileSystem}); java.nio cannot open its URIs, so any
 * stage still using java.nio on the lake fails here. A generated month (scale 0.05, 2 % dirty rows) goes through
 * {@code dw ingest}, {@code transform}, {@code publish} and {@code query} into two homes, one with the default local
 * lake and one with the lakefs: lake; manifests' counts, quarantine rows and the published tables' row counts must be
 * equal.
 */
class LakeUriEndToEndTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final String FS_SETTING = "--dw.spark.conf.[" + LoopbackFileSystem.sparkSetting() + "]=" + LoopbackFileSystem.class.getName();

    @TempDir
    static Path tmp;
    static Path input;
    static Path localHome;
    static Path remoteHome;
    static String remoteLakeUri;
    static LakeFs fs;
    static final Map<String, DwCli.Result> REMOTE_RUNS = new TreeMap<>();

    @BeforeAll
    static void runTheMonthIntoBothLakes() {
        input = tmp.resolve("exports");
        new SampleExportGenerator().generate(new GenerateRequest(OCT, 1, 0.05, 20261L, 0.02, input));
        // A Spark session already running in this JVM (earlier tests) keeps its Hadoop configuration; a new one gets
        // spark.hadoop.* from dw.spark.conf, as in production.
        if (SparkSession.getDefaultSession().isDefined()) {
            LoopbackFileSystem.register(SparkSession.getDefaultSession().get().sparkContext().hadoopConfiguration());
        }
        Configuration conf = new Configuration();
        LoopbackFileSystem.register(conf);
        fs = new LakeFs(conf);

        localHome = tmp.resolve("home-local");
        remoteHome = tmp.resolve("home-remote");
        remoteLakeUri = LoopbackFileSystem.uri(tmp.resolve("elsewhere/lake"));
        for (String task : List.of("ingest", "transform", "publish")) {
            run(localHome, null, task);
            REMOTE_RUNS.put(task, run(remoteHome, remoteLakeUri, task));
        }
    }

    private static DwCli.Result run(Path home, String lake, String task) {
        List<String> args = new ArrayList<>(List.of(task, "--period", OCT.toString(), "--home", home.toString(), FS_SETTING));
        if (task.equals("ingest")) {
            args.addAll(List.of("--input", input.toString()));
        }
        if (lake != null) {
            args.add("--dw.lake=" + lake);
        }
        DwCli.Result r = DwCli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(task + " into " + home.getFileName() + ":\n" + r.out() + r.err()).isZero();
        return r;
    }

    @Test
    void theStagesWriteTheConfiguredLakeAndNothingUnderTheHome() {
        assertThat(REMOTE_RUNS.get("ingest").summary().path("lake").asText()).isEqualTo("lakefs:" + tmp.resolve("elsewhere/lake"));
        assertThat(REMOTE_RUNS.get("publish").out()).as("DuckDB reads a local copy of the marts and the quarantine").contains("lake copied locally");
        assertThat(remoteHome.resolve("lake")).as("nothing defaulted to <home>/lake").doesNotExist();
        assertThat(remoteHome.resolve("warehouse/opsdw.duckdb")).as("the warehouse file stays in the home").isRegularFile();

        LakeLayout remote = LakeLayout.of(remoteHome, remoteLakeUri);
        assertThat(fs.list(remote.lake()).stream().map(s -> s.getPath().getName()))
                .contains("raw", "quarantine", "manifests", "marts");
        assertThat(fs.list(remote.work())).as("write-aside work folders left in the lake").isEmpty();
        try (Stream<Path> left = Files.list(remoteHome.resolve("tmp"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("local copy of the marts removed").noneMatch(n -> n.startsWith("marts-"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void manifestsAndQuarantineAreTheSameAsOnALocalLake() {
        Map<String, String> local = manifests(new LakeLayout(localHome));
        Map<String, String> remote = manifests(LakeLayout.of(remoteHome, remoteLakeUri));
        assertThat(local).hasSize(ContractRegistry.load().all().size());
        assertThat(remote).isEqualTo(local);

        Map<String, Long> localQuarantine = quarantineRows(new LakeLayout(localHome), local.keySet());
        Map<String, Long> remoteQuarantine = quarantineRows(LakeLayout.of(remoteHome, remoteLakeUri), local.keySet());
        assertThat(localQuarantine.values().stream().mapToLong(Long::longValue).sum()).as("the dirt was quarantined").isGreaterThan(5);
        assertThat(remoteQuarantine).isEqualTo(localQuarantine);
    }

    @Test
    void thePublishedWarehouseHasTheSameTablesAndRowsAndAnswersQueries() throws Exception {
        Map<String, Long> local = tableRows(localHome);
        Map<String, Long> remote = tableRows(remoteHome);
        assertThat(local).containsKeys("fact_complaint", "dim_customer", "dq_results");
        assertThat(local.get("fact_complaint")).isGreaterThan(10);
        assertThat(remote).isEqualTo(local);

        DwCli.Result query = DwCli.run("query", "--home", remoteHome.toString(), "--dw.lake=" + remoteLakeUri, "--format", "csv",
                "SELECT count(*) AS complaints FROM fact_complaint WHERE period = '2026-10'");
        assertThat(query.exit()).as(query.err()).isZero();
        assertThat(query.out()).contains(String.valueOf(local.get("fact_complaint")));
    }

    @Test
    void aLakeThatIsNotAnAbsoluteUriIsAUsageError() {
        DwCli.Result r = DwCli.run("publish", "--period", OCT.toString(), "--home", tmp.resolve("home-bad").toString(), "--dw.lake=hdfs:lake");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("dw.lake").contains("absolute");
        assertThat(r.summary().path("status").asText()).isEqualTo("failed");
    }

    /** Per source: the manifest's counts (rows read, accepted, quarantined by reason). */
    private static Map<String, String> manifests(LakeLayout lake) {
        Map<String, String> out = new TreeMap<>();
        for (FileStatus source : fs.list(new org.apache.hadoop.fs.Path(lake.lake(), "manifests"))) {
            Manifest m = ManifestIO.read(fs, lake.manifest(source.getPath().getName(), OCT));
            out.put(m.source(), m.rowsRead() + " read, " + m.accepted() + " accepted, " + m.quarantined() + " quarantined "
                    + new TreeMap<>(m.quarantinedByReason()));
        }
        return out;
    }

    private static Map<String, Long> quarantineRows(LakeLayout lake, Iterable<String> sources) {
        Map<String, Long> out = new TreeMap<>();
        sources.forEach(s -> out.put(s, fs.parquetRows(lake.quarantine(s, OCT))));
        return out;
    }

    private static Map<String, Long> tableRows(Path home) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse/opsdw.duckdb"), readOnly);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM duckdb_tables() ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }
}
