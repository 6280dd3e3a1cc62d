package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.opsdw.generator.GenerateRequest;
import io.opsdw.generator.SampleExportGenerator;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.ledger.LedgerEntry;
import io.opsdw.warehouse.ledger.RunLedger;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded schedule for a month whose orders export arrives late, against a real SMTP server (GreenMail): the
 * cron fires in the business's time zone, the first run stops at the completeness gate and the operators get a mail
 * with its one-line error and run id, the retry after the export arrived succeeds and mails the managers, and a
 * re-run of the month mails nobody again unless --resend.
 */
class ScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
    void aFailedScheduledRunAlertsTheOperatorsIsRetriedAndARerunDoesNotMailTheManagersAgain() throws Exception {
        // a firing two minutes ago, written as wall-clock time in Shanghai, which the schedule finds missed and catches up
        // at once; read in the server's zone (UTC here) it would lie hours in the future, and nothing would run
        ZonedDateTime firing = ZonedDateTime.now(SHANGHAI).minusMinutes(2).truncatedTo(ChronoUnit.SECONDS);
        String cron = firing.getSecond() + " " + firing.getMinute() + " " + firing.getHour() + " " + firing.getDayOfMonth() + " "
                + firing.getMonthValue() + " *";
        YearMonth period = YearMonth.from(firing).minusMonths(1);
        Path inbox = dir.resolve("inbox");
        Path home = dir.resolve("home");
        new SampleExportGenerator().generate(new GenerateRequest(period, 1, 0.2, 3L, 0.0, inbox));
        Path orders;
        try (Stream<Path> files = Files.list(inbox.resolve(period.toString()))) {
            orders = files.filter(p -> p.getFileName().toString().startsWith("orders")).findFirst().orElseThrow();
        }
        Path late = Files.move(orders, dir.resolve(orders.getFileName()));

        AtomicReference<DwCli.Result> scheduled = new AtomicReference<>();
        Thread schedule = new Thread(() -> scheduled.set(DwCli.run(with(mail(), "schedule", "--cron", cron, "--max-runs", "1", "--catch-up", "1",
                "--input", inbox.toString(), "--home", home.toString(), "--locale", "zh-CN", "--report", "complaints",
                "--dw.time-zone=Asia/Shanghai", "--dw.schedule.retry-delay=15s", "--dw.schedule.max-retry-delay=15s"))));
        schedule.setDaemon(true);
        schedule.start();

        // the first run stops at the gate: the operators hear of it
        assertThat(smtp.waitForIncomingEmail(TimeUnit.MINUTES.toMillis(15), 1)).as("the operators' failure mail").isTrue();
        MimeMessage alert = smtp.getReceivedMessages()[0];
        assertThat(GreenMailUtil.getAddressList(alert.getAllRecipients())).isEqualTo("ops@example.com");
        assertThat(alert.getSubject()).contains("Monthly run failed: " + period).contains("attempt 1");
        String body = GreenMailUtil.getBody(alert);
        assertThat(body).contains("exit 65").contains(period + " is incomplete: orders missing for ST01, ST02").contains("tried again at");
        Matcher runId = Pattern.compile("Run id:\\s+(\\S+)").matcher(body);
        assertThat(runId.find()).isTrue();

        Files.move(late, orders); // the late export arrives before the retry
        schedule.join(TimeUnit.MINUTES.toMillis(15));
        assertThat(schedule.isAlive()).as("the schedule finished").isFalse();
        assertThat(scheduled.get().exit()).as(scheduled.get().err()).isZero();
        assertThat(scheduled.get().out()).contains("schedule: catching up " + period + " (its run was missed)")
                .contains("failed (exit 65); trying again at");

        List<LedgerEntry> runs = new RunLedger(new LakeLayout(home).ledgerDir()).entries().stream()
                .filter(e -> e.task().equals("run") && period.toString().equals(e.period())).toList();
        assertThat(runs).extracting(LedgerEntry::status).containsExactly("incomplete", "ok");
        assertThat(runs.get(0).runId()).isEqualTo(runId.group(1));
        assertThat(recipients()).containsExactly("ops@example.com", "quality@example.com", "studio.manager@example.com");

        // re-running the month mails nobody again
        DwCli.Result rerun = DwCli.run(with(mail(), "run", "--period", period.toString(), "--input", inbox.toString(),
                "--home", home.toString(), "--locale", "zh-CN", "--report", "complaints"));
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(rerun.summary().path("mailed_to")).isEmpty();
        assertThat(rerun.summary().path("already_delivered").toString()).isEqualTo("[\"ALL\",\"ST01\"]");
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        // unless asked to
        DwCli.Result resend = DwCli.run(with(mail(), "report", "--period", period.toString(), "--home", home.toString(),
                "--locale", "zh-CN", "--report", "complaints", "--resend"));
        assertThat(resend.exit()).as(resend.err()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(5);
    }

    private List<String> mail() {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(), "--dw.mail.enabled=true",
                "--dw.mail.operators=ops@example.com", "--dw.mail.recipients.ST01=studio.manager@example.com",
                "--dw.mail.recipients.ALL=quality@example.com");
    }

    private static String[] with(List<String> extra, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(extra);
        return all.toArray(String[]::new);
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            to.add(GreenMailUtil.getAddressList(m.getAllRecipients()));
        }
        return to.stream().sorted().toList();
    }
}
