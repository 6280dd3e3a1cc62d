package io.opsdw.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.transforms.TransformJob;
import io.opsdw.transforms.TransformReport;
import io.opsdw.warehouse.task.SparkSessionSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transforms on a real multi-process Spark cluster: master {@code local-cluster[2,1,1024]} starts a standalone
 * Master and a Worker in this JVM, and the Worker launches two executor JVMs (separate processes) from
 * {@code $SPARK_HOME/jars}. Same raw input, same run id: the marts must equal those of local mode, row for row.
 *
 * <p>Runs in the {@code cluster} Maven profile (its own JVM, with SPARK_HOME and SPARK_SCALA_VERSION set by the
 * pom): {@code mvn -B verify -Pcluster}. SPARK_HOME is built here from the test's own classpath.</p>
 */
@Tag("cluster")
class StandaloneClusterTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 10);
    private static final List<String> FACTS = List.of("fact_complaint", "fact_callback", "fact_daily_traffic",
            "fact_inventory_movement", "fact_order");

    @TempDir
    Path tmp;

    @Test
    void transformsOnAStandaloneClusterGiveTheSameMartsAsLocalMode() throws Exception {
        Path input = tmp.resolve("input");
        new SampleExportGenerator().generate(new GenerateRequest(PERIOD, 1, 0.5, 7, 0.01, input));
        LakeLayout local = new LakeLayout(tmp.resolve("local"));
        LakeLayout cluster = new LakeLayout(tmp.resolve("cluster"));

        Map<String, String> localPrints;
        SparkSession spark = new SparkSessionSettings("local[2]", 4).build();
        try {
            new IngestJob(spark, local).run(new IngestRequest(PERIOD, input, Optional.empty(), Optional.empty(), "ingest-run"));
            copy(local.home().resolve("lake/raw"), cluster.home().resolve("lake/raw"));
            copy(local.home().resolve("lake/manifests"), cluster.home().resolve("lake/manifests"));
            TransformReport report = new TransformJob(spark, local).run(PERIOD, "same-run");
            assertThat(report.nothingToDo()).isFalse();
            localPrints = fingerprints(local);
        } finally {
            spark.stop();
        }

        Path sparkHome = sparkHome();
        String flags = Files.readString(Path.of("target", "jvm.flags")).strip();
        SparkSession onCluster = new SparkSessionSettings("local-cluster[2,1,1024]", 4,
                Map.of("spark.executor.extraJavaOptions", flags + " -Duser.timezone=UTC",
                        "spark.executor.memory", "1024m",
                        "spark.home", sparkHome.toString())).build();
        try {
            assertThat(onCluster.sparkContext().master()).startsWith("local-cluster");
            // two executors registered: work really leaves the driver
            long deadline = System.currentTimeMillis() + 120_000;
            while (onCluster.sparkContext().getExecutorMemoryStatus().size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertThat(onCluster.sparkContext().getExecutorMemoryStatus().size()).as("driver + 2 executors").isEqualTo(3);
            TransformReport report = new TransformJob(onCluster, cluster).run(PERIOD, "same-run");
            assertThat(report.nothingToDo()).isFalse();
        } finally {
            onCluster.stop();
        }
        Map<String, String> clusterPrints = fingerprints(cluster);

        for (String fact : FACTS) {
            assertThat(localPrints.get(fact)).as(fact).isNotNull().doesNotStartWith("0:");
        }
        assertThat(clusterPrints).isEqualTo(localPrints);
    }

    /** Row count and an order-independent content hash of every mart (dq_results left out: it holds check times). */
    static Map<String, String> fingerprints(LakeLayout lake) throws Exception {
        Map<String, String> prints = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Stream<Path> marts = Files.list(LakeLayout.localPath(lake.martsRoot()))) {
            for (Path mart : marts.sorted().toList()) {
                String table = mart.getFileName().toString();
                if (table.equals("dq_results") || table.startsWith("_") || table.startsWith(".")) {
                    continue;
                }
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0)::VARCHAR FROM read_parquet('"
                             + mart.toAbsolutePath() + "/**/*.parquet', hive_partitioning = false) t")) {
                    rs.next();
                    prints.put(table, rs.getLong(1) + ":" + rs.getString(2));
                }
            }
        }
        return prints;
    }

    /** $SPARK_HOME as a standalone Worker wants it: jars/ holding the runtime classpath, and a RELEASE file. */
    private static Path sparkHome() throws IOException {
        String env = System.getenv("SPARK_HOME");
        Path home = Path.of(env != null ? env : "target/spark-home").toAbsolutePath();
        Path jars = home.resolve("jars");
        if (Files.exists(jars)) {
            try (Stream<Path> old = Files.walk(jars)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(jars);
        Files.writeString(home.resolve("RELEASE"), "Spark (jars from the opsdw test classpath)\n");
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Files.createSymbolicLink(jars.resolve((n++) + "-" + p.getFileName()), p.toAbsolutePath());
            } else if (Files.isDirectory(p)) {
                jarUp(p, jars.resolve((n++) + "-classes.jar"));
            }
        }
        return home;
    }

    private static void jarUp(Path dir, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
