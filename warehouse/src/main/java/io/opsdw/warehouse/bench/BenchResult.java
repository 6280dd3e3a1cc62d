package io.opsdw.warehouse.bench;

import java.util.List;
import java.util.Map;

/** Everything one `dw bench` run measured; stored as JSON next to docs/benchmarks.md so the plot spans runs. */
public record BenchResult(String scale, String period, String ranAt, long sourceRows, long inputBytes,
                          double generatorScale, double generateSeconds, double sparkStartSeconds,
                          List<StageResult> stages, Map<String, String> machine,
                          Map<String, List<SparkStageTimes.SparkStage>> slowestSparkStages,
                          Map<String, Object> settings) {

    public StageResult stage(String stage, String engine) {
        return stages.stream().filter(s -> s.stage().equals(stage) && s.engine().equals(engine)).findFirst().orElse(null);
    }

    public double seconds(String stage, String engine) {
        StageResult s = stage(stage, engine);
        return s == null ? 0 : s.seconds();
    }

    /** The whole monthly run as an operator sees it: Spark start-up + ingest + transform + publish + report. */
    public double monthlyRunSeconds() {
        return sparkStartSeconds + seconds("ingest", "dw") + seconds("transform", "dw") + seconds("publish", "dw")
                + seconds("report", "dw");
    }
}
