package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * The DAG file as Airflow 2 and Airflow 3 would schedule and run it (the stand-in in src/test/resources/airflow_stub
 * models both, ported from Airflow's source: see its README and the file/commit each module names).
 */
class AirflowDagTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Airflow 3 triggers without a logical date take the trigger time; Airflow 2 takes it as the logical date. */
    private static final String MANUAL_MID_NOVEMBER = "2026-11-15T03:12:45.123456+00:00";

    @TempDir
    Path dir;

    @Test
    void aYearOfScheduledRunsAndAManualTriggerGiveEveryTaskTheMonthItReportsOnBothVersions() {
        for (int airflow : List.of(2, 3)) {
            JsonNode plan = AirflowStandIn.plan(airflow, 12, List.of(MANUAL_MID_NOVEMBER), Map.of());
            assertThat(plan.path("timetable").asText()).as("Airflow %d", airflow).isEqualTo("CronDataIntervalTimetable");
            assertThat(plan.path("timetable_timezone").asText()).isEqualTo("Asia/Shanghai");
            assertThat(plan.path("max_active_runs").asInt()).isEqualTo(1);
            JsonNode runs = plan.path("runs");
            assertThat(runs).hasSize(13);
            // rendered in UTC: the January run covers [Jan 1 00:00, Feb 1 00:00) in Shanghai
            assertThat(runs.get(0).path("data_interval_start").asText()).isEqualTo("2025-12-31T16:00:00+00:00");
            assertThat(runs.get(0).path("data_interval_end").asText()).isEqualTo("2026-01-31T16:00:00+00:00");
            List<YearMonth> expected = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                expected.add(YearMonth.of(2026, month));
            }
            expected.add(YearMonth.of(2026, 10)); // the manual run in mid-November: the last complete month
            for (int i = 0; i < runs.size(); i++) {
                JsonNode run = runs.get(i);
                assertThat(run.path("tasks")).extracting(t -> t.path("task_id").asText())
                        .containsExactly("ingest", "transform", "publish", "report", "report_half_year", "report_annual");
                for (JsonNode task : run.path("tasks")) {
                    assertThat(periodOf(task)).as("Airflow %d, %s run %s, task %s", airflow, run.path("run_type").asText(),
                            run.path("logical_date").asText(), task.path("task_id").asText()).isEqualTo(expected.get(i));
                }
            }
            // Airflow 3 triggers without a logical date: no data interval, so the task passes the trigger time
            JsonNode manual = runs.get(12);
            if (airflow == 3) {
                assertThat(manual.path("data_interval_start").isNull()).isTrue();
                assertThat(AirflowStandIn.argv(manual.path("tasks").get(0))).contains("2026-11-15 03:12:45.123456+00:00");
            } else {
                assertThat(manual.path("data_interval_start").asText()).isEqualTo("2026-09-30T16:00:00+00:00");
            }
        }
    }

    @Test
    void underTheMonthlyPresetAirflowThreesZeroWidthTriggerIntervalsStillGiveTheMonthBeforeTheTrigger() {
        JsonNode v3 = AirflowStandIn.plan(3, 12, List.of(), Map.of("STANDIN_SCHEDULE_OVERRIDE", "@monthly"));
        assertThat(v3.path("timetable").asText()).isEqualTo("CronTriggerTimetable");
        JsonNode v2 = AirflowStandIn.plan(2, 12, List.of(), Map.of("STANDIN_SCHEDULE_OVERRIDE", "@monthly"));
        assertThat(v2.path("timetable").asText()).isEqualTo("CronDataIntervalTimetable");
        for (int i = 0; i < 12; i++) {
            JsonNode trigger = v3.path("runs").get(i);
            // fires at the 1st 00:00 in Shanghai (16:00 UTC the day before) with start == end
            assertThat(trigger.path("data_interval_start").asText()).isEqualTo(trigger.path("data_interval_end").asText());
            // the first firing is at the start date, Jan 1 2026, and reports December 2025
            YearMonth reported = YearMonth.of(2025, 12).plusMonths(i);
            for (JsonNode task : trigger.path("tasks")) {
                assertThat(periodOf(task)).as("Airflow 3, trigger %s", trigger.path("run_after").asText()).isEqualTo(reported);
            }
            for (JsonNode task : v2.path("runs").get(i).path("tasks")) {
                assertThat(periodOf(task)).as("Airflow 2, run %d", i).isEqualTo(YearMonth.of(2026, 1).plusMonths(i));
            }
        }
    }

    @Test
    void aManualRunCanNameItsMonthAndOtherwiseReportsTheLastCompleteMonthBeforeItsLogicalDate() {
        for (int airflow : List.of(2, 3)) {
            JsonNode named = AirflowStandIn.call("plan", airflow, 0, List.of(MANUAL_MID_NOVEMBER), "{\"period\": \"2026-05\"}", Map.of());
            for (JsonNode task : named.path("runs").get(0).path("tasks")) {
                assertThat(AirflowStandIn.argv(task)).containsSubsequence("--period", "2026-05");
                assertThat(periodOf(task)).isEqualTo(YearMonth.of(2026, 5));
            }
        }
        // Airflow 2 infers the interval from the chosen logical date, Airflow 3 from the trigger time
        JsonNode v2 = AirflowStandIn.plan(2, 0, List.of(MANUAL_MID_NOVEMBER + ",2026-05-20T00:00:00+00:00"), Map.of());
        assertThat(periodOf(v2.path("runs").get(0).path("tasks").get(0))).isEqualTo(YearMonth.of(2026, 4));
        JsonNode v3 = AirflowStandIn.plan(3, 0, List.of(MANUAL_MID_NOVEMBER + ",2026-05-20T00:00:00+00:00"), Map.of());
        assertThat(periodOf(v3.path("runs").get(0).path("tasks").get(0))).isEqualTo(YearMonth.of(2026, 10));
    }

    /**
     * The half-year pack follows June's month (the run in July) and December's (in January), the annual December's:
     * each closing task runs after the month's report and hands dw the run's month with --closing; dw says which
     * period that month completes, and exits 99 (skipped, Airflow's skip_on_exit_code) for any other month.
     */
    @Test
    void theHalfYearAndAnnualTasksFollowTheMonthsReportAndRenderWhatJuneAndDecemberComplete() {
        for (int airflow : List.of(2, 3)) {
            JsonNode runs = AirflowStandIn.plan(airflow, 12, List.of(), Map.of()).path("runs");
            assertThat(runs).hasSize(12);
            for (JsonNode run : runs) {
                for (String taskId : List.of("report_half_year", "report_annual")) {
                    JsonNode task = task(run, taskId);
                    assertThat(task.path("upstream")).extracting(JsonNode::asText).containsExactly("report");
                    assertThat(task.path("trigger_rule").asText()).isEqualTo("all_success");
                    YearMonth month = periodOf(task);
                    List<String> argv = AirflowStandIn.argv(task);
                    String kind = argv.get(argv.indexOf("--closing") + 1);
                    assertThat(kind).isEqualTo(taskId.equals("report_half_year") ? "half-year" : "year");
                    String expected = switch (kind + " " + month.getMonthValue()) {
                        case "half-year 6" -> month.getYear() + "-H1";
                        case "half-year 12" -> month.getYear() + "-H2";
                        case "year 12" -> String.valueOf(month.getYear());
                        default -> null;
                    };
                    argv.remove(0);
                    argv.set(argv.indexOf("--home") + 1, dir.resolve("home").toString());
                    if (expected != null) {
                        argv.add("--dry-run");
                    }
                    DwCli.Result result = DwCli.run(argv.toArray(String[]::new));
                    if (expected == null) {
                        assertThat(result.exit()).as("Airflow %d, %s for %s: %s", airflow, taskId, month, result.err())
                                .isEqualTo(ExitCodes.NOTHING_TO_DO);
                        assertThat(result.summary().path("period").asText()).isEqualTo(month.toString());
                    } else {
                        assertThat(result.exit()).as("%s for %s: %s", taskId, month, result.err()).isZero();
                        assertThat(result.summary().path("period").asText()).as("%s for %s", taskId, month).isEqualTo(expected);
                    }
                }
            }
        }
    }

    private static JsonNode task(JsonNode run, String taskId) {
        for (JsonNode task : run.path("tasks")) {
            if (task.path("task_id").asText().equals(taskId)) {
                return task;
            }
        }
        throw new AssertionError("no task " + taskId + " in " + run);
    }

    @Test
    void everyCommandTheDagRendersIsAValidDwInvocationOnBothVersions() {
        JsonNode v2 = AirflowStandIn.plan(2, 1, List.of(), Map.of());
        JsonNode v3 = AirflowStandIn.plan(3, 0, List.of(MANUAL_MID_NOVEMBER), Map.of());
        for (JsonNode run : List.of(v2.path("runs").get(0), v3.path("runs").get(0))) {
            for (JsonNode task : run.path("tasks")) {
                List<String> argv = AirflowStandIn.argv(task);
                argv.remove(0); // the launcher script
                argv.set(argv.indexOf("--home") + 1, dir.resolve("home").toString());
                argv.add("--dry-run");
                DwCli.Result result = DwCli.run(argv.toArray(String[]::new));
                assertThat(result.exit()).as("%s: %s %s", task.path("task_id").asText(), argv, result.err()).isZero();
                assertThat(result.summary().path("period").asText()).isIn("2026-01", "2026-10");
            }
        }
    }

    @Test
    void exitCodesMapToAirflowsRetrySemanticsOnBothVersions() throws Exception {
        Path fake = fakeDw();
        // code -> ingest's state and number of tries (retries=2: three tries for what a retry can fix)
        Map<Integer, List<Object>> expected = Map.of(
                0, List.of("success", 1), 99, List.of("skipped", 1),
                75, List.of("failed", 3), 74, List.of("failed", 3),
                1, List.of("failed", 1), 2, List.of("failed", 1), 65, List.of("failed", 1));
        for (int airflow : List.of(2, 3)) {
            for (Map.Entry<Integer, List<Object>> e : expected.entrySet()) {
                Files.writeString(dir.resolve("ingest.exit"), String.valueOf(e.getKey()));
                JsonNode run = AirflowStandIn.execute(airflow, 1, List.of(), "{}", Map.of("OPSDW_DW", fake.toString(),
                        "OPSDW_HOME", dir.resolve("home").toString())).path("runs").get(0);
                JsonNode ingest = run.path("tasks").path("ingest");
                assertThat(ingest.path("state").asText()).as("Airflow %d, exit %d", airflow, e.getKey()).isEqualTo(e.getValue().get(0));
                assertThat(ingest.path("tries")).as("Airflow %d, exit %d", airflow, e.getKey()).hasSize((Integer) e.getValue().get(1));
                ingest.path("tries").forEach(t -> assertThat(t.path("exit_code").asInt()).isEqualTo(e.getKey()));
                String transform = run.path("tasks").path("transform").path("state").asText();
                assertThat(transform).as("transform after ingest exit %d", e.getKey())
                        .isEqualTo(e.getValue().get(0).equals("failed") ? "upstream_failed" : "success");
            }
        }
    }

    @Test
    void publishDeclaresThePublishedWarehouseAsAnAssetOrDataset() throws Exception {
        Path fake = fakeDw();
        Files.writeString(dir.resolve("ingest.exit"), "0");
        Path home = dir.resolve("srv");
        String uri = "file://" + home + "/warehouse/opsdw.duckdb";
        for (int airflow : List.of(2, 3)) {
            JsonNode plan = AirflowStandIn.plan(airflow, 1, List.of(), Map.of("OPSDW_HOME", home.toString()));
            JsonNode publish = plan.path("runs").get(0).path("tasks").get(2);
            assertThat(publish.path("task_id").asText()).isEqualTo("publish");
            assertThat(publish.path("outlets").get(0).path("uri").asText()).isEqualTo(uri);
            assertThat(publish.path("outlets").get(0).path("type").asText()).isEqualTo(airflow == 2 ? "Dataset" : "Asset");
            JsonNode run = AirflowStandIn.execute(airflow, 1, List.of(), "{}", Map.of("OPSDW_DW", fake.toString(),
                    "OPSDW_HOME", home.toString())).path("runs").get(0);
            assertThat(run.path("asset_events")).extracting(e -> e.path("uri").asText()).containsExactly(uri);
            // the XCom is dw's JSON summary, the last line of the task's output
            assertThat(run.path("tasks").path("publish").path("xcom").asText()).startsWith("{\"task\":\"publish\"");
        }
    }

    /** A dw that exits with the code in <dir>/<task>.exit (0 if absent) after printing a JSON summary line. */
    private Path fakeDw() throws Exception {
        Path fake = dir.resolve("fake-dw");
        Files.writeString(fake, "#!/usr/bin/env bash\ncode=$(cat '" + dir + "'/\"$1\".exit 2>/dev/null || echo 0)\n"
                + "echo \"dw: pretending to run $1\" >&2\necho \"{\\\"task\\\":\\\"$1\\\",\\\"exit_code\\\":$code}\"\nexit $code\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    /** The period dw's own option parsing gives a rendered task command (the launcher and task name left out). */
    static YearMonth periodOf(JsonNode task) {
        List<String> argv = AirflowStandIn.argv(task);
        PeriodProbe probe = new PeriodProbe();
        new CommandLine(probe).parseArgs(argv.subList(2, argv.size()).toArray(String[]::new));
        return probe.period.period(SHANGHAI);
    }

    @Command(name = "probe")
    static class PeriodProbe {
        @Mixin PeriodOptions period;
        @Unmatched List<String> otherOptions;
    }
}
