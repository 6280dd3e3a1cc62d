package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.ledger.DeliveryEntry;
import io.opsdw.warehouse.ledger.DeliveryLedger;
import io.opsdw.warehouse.ledger.LedgerEntry;
import io.opsdw.warehouse.ledger.RunLedger;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What June's run (the embedded schedule's and dw backfill's unit of work) does about the half-year it completes, on
 * real generated exports, Spark and DuckDB: with only June's exports the first half is incomplete, so June succeeds
 * and holds 2026-H1 back with a note; with --allow-partial it renders and mails 2026-H1 too, keyed by the half in the
 * delivery ledger, while the run ledger keeps the run under the month.
 */
class ClosingReportsTest {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    @TempDir
    Path dir;
    GreenMail smtp;

    @BeforeEach
    void smtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void junesRunHoldsAnIncompleteFirstHalfBackAndRendersItWhenPartialDataIsAllowed() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path home = dir.resolve("home");
        new SampleExportGenerator().generate(new GenerateRequest(JUNE, 1, 0.2, 3L, 0.0, inbox));
        LakeLayout lake = new LakeLayout(home);

        DwCli.Result june = DwCli.run(with("run", "--period", "2026-06", "--input", inbox.toString(), "--home", home.toString(),
                "--locale", "zh-CN", "--report", "complaints", "--dw.mail.recipients.ALL=quality@example.com"));
        assertThat(june.exit()).as(june.err()).isZero();
        // five empty months are said in one line: which, and what the first one lacks
        assertThat(june.out()).contains("note: 2026-H1 reports held back: 5 of its 6 months are incomplete "
                + "(2026-01, 2026-02, 2026-03, 2026-04, 2026-05); the first: 2026-01 is incomplete: no sites export;");
        assertThat(june.out().lines().filter(l -> l.contains("held back")).findFirst().orElseThrow()).doesNotContain("2026-02 is incomplete");
        assertThat(june.summary().path("closing_reports").toString()).isEqualTo("[\"2026-H1: held back, exports missing\"]");
        assertThat(lake.reportsDir().resolve("2026-H1")).doesNotExist();
        assertThat(smtp.getReceivedMessages()).hasSize(1); // June's own reports only

        DwCli.Result partial = DwCli.run(with("run", "--period", "2026-06", "--input", inbox.toString(), "--home", home.toString(),
                "--locale", "zh-CN", "--report", "complaints", "--allow-partial", "--dw.mail.recipients.ALL=quality@example.com"));
        assertThat(partial.exit()).as(partial.err()).isZero();
        assertThat(partial.summary().path("closing_reports").toString()).isEqualTo("[\"2026-H1: rendered\"]");
        try (Stream<Path> files = Files.list(lake.reportsDir().resolve("2026-H1"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("complaints_2026-H1_ALL_zh-CN.pdf");
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).anyMatch(s -> s.contains("报表 Reports 2026-H1") && s.contains("Partial data"));

        List<DeliveryEntry> deliveries = new DeliveryLedger(lake.ledgerDir()).entries();
        assertThat(deliveries).extracting(DeliveryEntry::period).contains("2026-06", "2026-H1");
        List<LedgerEntry> runs = new RunLedger(lake.ledgerDir()).entries();
        assertThat(runs).extracting(LedgerEntry::period).containsOnly("2026-06"); // the schedule's catch-up reads months

        DwCli.Result history = DwCli.run("history", "--period", "2026-h1", "--home", home.toString(), "--format", "csv");
        assertThat(history.exit()).as(history.err()).isZero();
        DwCli.Result half = DwCli.run("report", "--period", "2026-H1", "--home", home.toString(), "--locale", "en",
                "--report", "complaints");
        assertThat(half.exit()).as("an incomplete half by hand: held back with exit 65").isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(half.err()).contains("2026-01 is incomplete");
        assertThat(new RunLedger(lake.ledgerDir()).entries()).extracting(LedgerEntry::task, LedgerEntry::period)
                .contains(org.assertj.core.groups.Tuple.tuple("report", "2026-H1"));
    }

    private String[] with(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(), "--dw.mail.enabled=true"));
        return all.toArray(String[]::new);
    }
}
