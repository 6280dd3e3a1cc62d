package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month through the DAG the way Airflow runs it by default: each task a separate dw process (JVM, Spark), every
 * task whose upstream tasks are done started at once, Airflow's retry semantics. Every task must succeed on its first
 * try: no lock fights (exit 75), no retry needed. Four JVMs with Spark: minutes on a busy machine, so it runs with the
 * other multi-process tests in the crash-tests profile (CI).
 */
@EnabledIfSystemProperty(named = "opsdw.crashTests", matches = "true")
class AirflowRunTest {

    @TempDir
    Path dir;

    @Test
    void aManualAirflowThreeRunOfTheDagSucceedsWithEveryTaskOnItsFirstTry() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path home = dir.resolve("home");
        new SampleExportGenerator().generate(new GenerateRequest(YearMonth.of(2026, 10), 1, 0.3, 5L, 0.0, inbox));

        // mid-November, no logical date: Airflow 3 gives the run no data interval, the DAG passes the trigger time
        JsonNode run = AirflowStandIn.execute(3, 0, List.of("2026-11-15T03:12:45+00:00"), "{}", Map.of(
                "OPSDW_DW", launcher().toString(), "OPSDW_HOME", home.toString(), "OPSDW_INPUT", inbox.toString())).path("runs").get(0);

        for (String task : List.of("ingest", "transform", "publish", "report")) {
            JsonNode ti = run.path("tasks").path(task);
            assertThat(ti.path("state").asText()).as("%s: %s", task, ti).isEqualTo("success");
            assertThat(ti.path("tries")).as("%s tries: %s", task, ti.path("tries")).hasSize(1);
            assertThat(ti.path("tries").get(0).path("exit_code").asInt()).isZero();
            JsonNode summary = new ObjectMapper().readTree(ti.path("xcom").asText());
            assertThat(summary.path("task").asText()).isEqualTo(task);
            assertThat(summary.path("period").asText()).isEqualTo("2026-10");
            assertThat(summary.path("status").asText()).isEqualTo("ok");
        }
        assertThat(run.path("state").asText()).isEqualTo("success");
        LakeLayout lake = new LakeLayout(home);
        assertThat(run.path("asset_events")).extracting(e -> e.path("uri").asText()).containsExactly("file://" + lake.warehouseFile());
        assertThat(lake.warehouseFile()).exists();
        try (var reports = Files.list(lake.reports(YearMonth.of(2026, 10)))) {
            assertThat(reports.filter(p -> p.toString().endsWith(".pdf")).count()).isGreaterThan(4);
        }
    }

    /** What the DAG's params.dw points at: this build's classes in a JVM with the launcher's Spark flags. */
    private Path launcher() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path argfile = dir.resolve("dw.args");
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8"));
        jvm.addAll(Arrays.asList(System.getProperty("opsdw.spark.jvm.flags", "").trim().split("\\s+")));
        jvm.addAll(List.of("-cp", classpath));
        Files.write(argfile, jvm);
        Path script = dir.resolve("dw");
        Files.writeString(script, "#!/usr/bin/env bash\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' @'"
                + argfile + "' io.opsdw.warehouse.DwApplication \"$@\" --dw.spark.master='local[2]' --dw.reports.locales=zh-CN\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
