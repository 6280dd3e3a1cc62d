package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.cli.TaskContext;
import io.opsdw.warehouse.cli.TaskOutcome;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The whole monthly job for one period, in one Spark session: ingest -> transform -> publish -> report. */
@Component
public class MonthlyRun {

    private final IngestStage ingest;
    private final TransformStage transform;
    private final PublishStage publish;
    private final ReportStage report;

    public MonthlyRun(IngestStage ingest, TransformStage transform, PublishStage publish, ReportStage report) {
        this.ingest = ingest;
        this.transform = transform;
        this.publish = publish;
        this.report = report;
    }

    public TaskOutcome run(TaskContext context, YearMonth period, Path input, Optional<Path> mapping, ReportStage.Selection reports) {
        TaskOutcome ingested = ingest.run(context, period, input, Optional.empty(), mapping);
        if (ingested.status() == TaskOutcome.Status.NOTHING_TO_DO) {
            return ingested;
        }
        TaskOutcome outcome = TaskOutcome.ok().merge(ingested);
        outcome.merge(transform.run(context, period));
        outcome.merge(publish.run(context, period));
        outcome.merge(report.run(context, period, reports));
        return outcome;
    }
}
