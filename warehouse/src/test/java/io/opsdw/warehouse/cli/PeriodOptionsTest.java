package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each scheduler passes reaches the task as the right period, through the real command line (dry runs). */
class PeriodOptionsTest {

    @TempDir
    Path home;

    @Test
    void airflowThreesZeroWidthIntervalIsAcceptedAsTheMonthBeforeTheTrigger() {
        DwCli.Result r = DwCli.run("transform", "--home", home.toString(), "--dry-run",
                "--data-interval-start", "2026-10-31T16:00:00+00:00", "--data-interval-end", "2026-10-31T16:00:00+00:00");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.summary().path("period").asText()).isEqualTo("2026-10");
    }

    @Test
    void aDataIntervalAndALogicalDateNameTheSameMonth() {
        DwCli.Result interval = DwCli.run("publish", "--home", home.toString(), "--dry-run",
                "--data-interval-start", "2026-09-30T16:00:00+00:00", "--data-interval-end", "2026-10-31T16:00:00+00:00");
        DwCli.Result logical = DwCli.run("publish", "--home", home.toString(), "--dry-run", "--logical-date", "2026-09-30T16:00:00+00:00");
        assertThat(interval.summary().path("period").asText()).isEqualTo("2026-10");
        assertThat(logical.summary().path("period").asText()).isEqualTo("2026-10");
    }

    @Test
    void theBusinessTimeZoneIsASetting() {
        DwCli.Result r = DwCli.run("transform", "--home", home.toString(), "--dry-run", "--dw.time-zone=UTC",
                "--data-interval-start", "2026-10-31T16:00:00+00:00", "--data-interval-end", "2026-10-31T16:00:00+00:00");
        assertThat(r.summary().path("period").asText()).isEqualTo("2026-09");
    }

    @Test
    void aDailyIntervalIsAUsageErrorInOneLine() {
        DwCli.Result r = DwCli.run("transform", "--home", home.toString(), "--dry-run",
                "--data-interval-start", "2026-11-14T16:00:00+00:00", "--data-interval-end", "2026-11-15T16:00:00+00:00");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("not a month").contains("dw transform --help");
    }
}
