package io.opsdw.warehouse.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/** Collects Spark's stage times (wall and executor run time) so the benchmark can say where a dw stage spends them. */
public final class SparkStageTimes extends SparkListener {

    /** One completed Spark stage. */
    public record SparkStage(int id, String name, int tasks, long wallMs, long executorRunMs, long inputRecords,
                             long shuffleWriteBytes) {
    }

    private final List<SparkStage> stages = new ArrayList<>();

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo info = event.stageInfo();
        long wall = info.submissionTime().isDefined() && info.completionTime().isDefined()
                ? (Long) info.completionTime().get() - (Long) info.submissionTime().get() : -1;
        var metrics = info.taskMetrics();
        stages.add(new SparkStage(info.stageId(), firstLine(info.name()), info.numTasks(), wall,
                metrics == null ? -1 : metrics.executorRunTime(),
                metrics == null ? -1 : metrics.inputMetrics().recordsRead(),
                metrics == null ? -1 : metrics.shuffleWriteMetrics().bytesWritten()));
    }

    /** Stages completed since the last call, slowest first (and forgets them). */
    public synchronized List<SparkStage> drainSlowest(int limit) {
        List<SparkStage> out = stages.stream().sorted(Comparator.comparingLong(SparkStage::wallMs).reversed()).limit(limit).toList();
        stages.clear();
        return out;
    }

    /** How many stages and how much wall time (sum) since the last drain, without forgetting them. */
    public synchronized long[] totals() {
        return new long[] {stages.size(), stages.stream().mapToLong(SparkStage::wallMs).sum()};
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
