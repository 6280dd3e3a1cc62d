package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.ledger.LedgerEntry;
import io.opsdw.warehouse.ledger.RunLedger;
import io.opsdw.warehouse.publish.DuckDbConnections;
import io.opsdw.warehouse.publish.TableFingerprints;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The operating contract, exercised through the command line on one warehouse home (tests run in order). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrchestrationTest {

    @TempDir
    static Path dir;
    static Path exports;
    static Path home;

    @BeforeAll
    static void threeMonthsOfExports() {
        exports = dir.resolve("exports");
        home = dir.resolve("home");
        new SampleExportGenerator().generate(new GenerateRequest(YearMonth.of(2026, 8), 3, 0.3, 11L, 0.0, exports));
    }

    @Test
    @Order(1)
    void aPeriodWithoutExportsExitsNinetyNineWithAJsonLine() {
        DwCli.Result result = DwCli.run("ingest", "--period", "2027-01", "--input", exports.toString(), "--home", home.toString());
        assertThat(result.exit()).isEqualTo(ExitCodes.NOTHING_TO_DO);
        assertThat(result.summary().path("status").asText()).isEqualTo("nothing_to_do");
        assertThat(result.summary().path("period").asText()).isEqualTo("2027-01");
    }

    @Test
    @Order(2)
    void aFailureSaysWhatToFixInOneLineAndStillEndsWithJson() {
        DwCli.Result result = DwCli.run("publish", "--period", "2026-10", "--home", dir.resolve("empty-home").toString());
        assertThat(result.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err().strip().lines()).hasSize(1).first().asString().startsWith("dw: ").contains("dw transform --period 2026-10");
        JsonNode summary = result.summary();
        assertThat(summary.path("status").asText()).isEqualTo("failed");
        assertThat(summary.path("error").asText()).contains("no marts");
    }

    @Test
    @Order(3)
    void aBackfillOfThreeMonthsPublishesThemAllInOrder() throws Exception {
        DwCli.Result result = DwCli.run("backfill", "--from", "2026-08", "--to", "2026-10", "--input", exports.toString(),
                "--home", home.toString(), "--locale", "zh-CN", "--report", "complaints");
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode summary = result.summary();
        assertThat(summary.path("months_done").toString()).isEqualTo("[\"2026-08\",\"2026-09\",\"2026-10\"]");
        assertThat(summary.path("accepted").asLong()).isPositive();
        assertThat(periodsIn("fact_complaint")).containsExactly("2026-08", "2026-09", "2026-10");
        List<LedgerEntry> ledger = new RunLedger(new LakeLayout(home).ledgerDir()).entries();
        assertThat(ledger).anyMatch(e -> e.task().equals("backfill") && e.status().equals("ok"));
    }

    @Test
    @Order(4)
    void reRunningAFinishedPeriodGivesTheSameWarehouseAndReports() throws Exception {
        Map<String, String> before = fingerprints();
        List<String> reportsBefore = reportFiles();
        DwCli.Result result = DwCli.run("run", "--period", "2026-10", "--input", exports.toString(), "--home", home.toString(),
                "--locale", "zh-CN", "--report", "complaints");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(fingerprints()).isEqualTo(before);
        assertThat(reportFiles()).isEqualTo(reportsBefore);
    }

    @Test
    @Order(5)
    void aSecondWriterIsRefusedNamingTheHolderAndADeadHoldersLockIsCleared() throws Exception {
        Path lockFile = new LakeLayout(home).lockFile();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), lockFile.toString()).redirectErrorStream(true).start();
        String ready = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(ready).startsWith("locked ");
        try {
            DwCli.Result refused = DwCli.run("publish", "--period", "2026-10", "--home", home.toString());
            assertThat(refused.exit()).isEqualTo(ExitCodes.LOCKED);
            assertThat(refused.err()).contains("pid=" + holder.pid()).contains("task=run 2026-10");
            assertThat(refused.summary().path("status").asText()).isEqualTo("locked");
        } finally {
            new ProcessBuilder("kill", "-9", String.valueOf(holder.pid())).start().waitFor();
            holder.waitFor();
        }
        DwCli.Result after = DwCli.run("publish", "--period", "2026-10", "--home", home.toString());
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).contains("cleared a stale lock").contains("pid=" + holder.pid());
    }

    @Test
    @Order(5)
    void aWriterGivenWaitLockQueuesBehindAnotherProcessInsteadOfExitingSeventyFive() throws Exception {
        Path lockFile = new LakeLayout(home).lockFile();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), lockFile.toString()).redirectErrorStream(true).start();
        String ready = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(ready).startsWith("locked ");
        Thread finish = new Thread(() -> {
            try {
                Thread.sleep(3_000);
                new ProcessBuilder("kill", "-9", String.valueOf(holder.pid())).start().waitFor();
            } catch (Exception e) {
                holder.destroyForcibly();
            }
        });
        finish.start();
        try {
            DwCli.Result queued = DwCli.run("publish", "--period", "2026-10", "--home", home.toString(), "--wait-lock", "2m");
            assertThat(queued.exit()).as(queued.err()).isZero();
            assertThat(queued.out()).contains("waiting up to PT2M for the lock held by pid=" + holder.pid());
        } finally {
            finish.join();
            holder.waitFor();
        }
    }

    @Test
    @Order(6)
    void theScheduleFiresOnItsCronAndRecordsTheRunInTheLedger() {
        YearMonth expected = YearMonth.now().minusMonths(1);
        DwCli.Result result = DwCli.run("schedule", "--cron", "*/2 * * * * *", "--max-runs", "1", "--catch-up", "0",
                "--input", exports.toString(), "--home", home.toString(), "--locale", "zh-CN", "--report", "complaints");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("schedule: next run");
        List<LedgerEntry> runs = new RunLedger(new LakeLayout(home).ledgerDir()).entries().stream()
                .filter(e -> e.task().equals("run") && expected.toString().equals(e.period())).toList();
        assertThat(runs).as("a scheduled run for %s in the ledger", expected).isNotEmpty();
    }

    @Test
    @Order(8)
    void reportsAreMailedToEachSitesManagersWithTheirSitesFiles() throws Exception {
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(com.icegreen.greenmail.util.ServerSetupTest.SMTP);
        smtp.start();
        try {
            DwCli.Result result = DwCli.run("report", "--period", "2026-10", "--home", home.toString(), "--report", "complaints",
                    "--locale", "zh-CN", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                    "--dw.mail.enabled=true", "--dw.mail.recipients.ST01=studio.manager@example.com",
                    "--dw.mail.recipients.ALL=quality@example.com");
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.out()).contains("deliver");
            jakarta.mail.internet.MimeMessage[] mails = smtp.getReceivedMessages();
            assertThat(mails).hasSize(2);
            for (jakarta.mail.internet.MimeMessage mail : mails) {
                String to = mail.getAllRecipients()[0].toString();
                String site = to.startsWith("studio") ? "ST01" : "ALL";
                jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
                List<String> attachments = new ArrayList<>();
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).getFileName() != null) {
                        attachments.add(parts.getBodyPart(i).getFileName());
                    }
                }
                assertThat(attachments).as(to).containsExactly("complaints_2026-10_" + site + "_zh-CN.pdf");
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    @Order(9)
    void reportTimesPrintInTheBusinessTimeZone() throws Exception {
        DwCli.Result result = DwCli.run("report", "--period", "2026-10", "--home", home.toString(), "--report", "complaints",
                "--locale", "en", "--dw.time-zone=America/New_York");
        assertThat(result.exit()).as(result.err()).isZero();
        Path reports = new LakeLayout(home).reports(YearMonth.of(2026, 10));
        // New York is UTC-4 in summer, UTC-5 in winter; the default zone (application.yml) is Asia/Shanghai.
        assertThat(pdfText(reports.resolve("complaints_2026-10_ALL_en.pdf")))
                .containsPattern("Generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC-0[45]:00");
        assertThat(pdfText(reports.resolve("complaints_2026-10_ALL_zh-CN.pdf")))
                .containsPattern("生成时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\+08:00");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private static List<String> periodsIn(String table) throws Exception {
        try (Stream<Path> dirs = Files.list(LakeLayout.localPath(new LakeLayout(home).mart(table)))) {
            return dirs.map(p -> p.getFileName().toString().replace("period=", "")).sorted().toList();
        }
    }

    private static Map<String, String> fingerprints() throws Exception {
        LakeLayout lake = new LakeLayout(home);
        try (Connection c = new DuckDbConnections(new DwSettings.DuckDb("512MB", 1), lake.tmp()).openReadOnly(lake.warehouseFile())) {
            return TableFingerprints.of(c, false);
        }
    }

    private static List<String> reportFiles() throws Exception {
        try (Stream<Path> files = Files.list(new LakeLayout(home).reports(YearMonth.of(2026, 10)))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
