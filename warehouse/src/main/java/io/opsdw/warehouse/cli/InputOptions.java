package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.pipeline.MonthlyRun;
import io.opsdw.warehouse.pipeline.ReportStage;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a period's export files are, and an optional mapping for exports laid out differently. */
public class InputOptions {

    @Option(names = "--input", paramLabel = "DIR",
            description = "Folder with the period's exports (or a parent holding a YYYY-MM folder per period). Default: dw.input, else <home>/inbox.")
    Path input;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Mapping YAML for exports whose headers, codes, date formats, encodings or layout differ, or that carry no sites (every key with an example: docs/mappings.md).")
    Path mapping;

    public Optional<Path> input() {
        return Optional.ofNullable(input);
    }

    public Optional<Path> mapping() {
        return Optional.ofNullable(mapping);
    }

    /** The month to run from these exports, rendering {@code reports}. */
    public MonthlyRun.Month month(YearMonth period, ReportStage.Selection reports) {
        return new MonthlyRun.Month(period, input(), mapping(), Optional.of(reports));
    }
}
