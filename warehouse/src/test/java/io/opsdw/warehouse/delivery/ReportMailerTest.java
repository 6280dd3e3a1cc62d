package io.opsdw.warehouse.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.opsdw.warehouse.config.DwSettings;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class ReportMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path reports;

    @Test
    void eachSiteManagerGetsExactlyTheirSitesReports() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("complaints_2026-10_ST01_zh-CN.pdf", "satisfaction_2026-10_ST01_zh-CN.pdf",
                "complaints_2026-10_SC01_zh-CN.pdf", "complaints_2026-10_ALL_en.pdf", "complaints_2026-10_PM01_zh-CN.pdf")) {
            Path file = reports.resolve(name);
            Files.writeString(file, "%PDF-1.4 " + name);
            files.add(file);
        }
        DwSettings settings = settings(Map.of("ST01", List.of("studio.manager@example.com"), "SC01", List.of("sales.manager@example.com"),
                "ALL", List.of("quality@example.com")));

        List<String> mailed = new ReportMailer(settings, provider()).deliver(YearMonth.of(2026, 10), files, delivery("run-1", false, false)).mailedTo();

        assertThat(mailed).containsExactlyInAnyOrder("studio.manager@example.com", "sales.manager@example.com", "quality@example.com");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(attachmentsFor(received, "studio.manager@example.com"))
                .containsExactlyInAnyOrder("complaints_2026-10_ST01_zh-CN.pdf", "satisfaction_2026-10_ST01_zh-CN.pdf");
        assertThat(attachmentsFor(received, "sales.manager@example.com")).containsExactly("complaints_2026-10_SC01_zh-CN.pdf");
        assertThat(attachmentsFor(received, "quality@example.com")).containsExactly("complaints_2026-10_ALL_en.pdf");
        assertThat(received[0].getSubject()).contains("2026-10");
    }

    @Test
    void aSiteCodeWithCharactersAFileNameCannotHoldIsMailedByItsCode() throws Exception {
        // real site codes: a museum "VISITOR CENTER/ EL TRANQUILO GALLERY", a code with the name's own separator
        String museum = "VISITOR CENTER/ EL TRANQUILO GALLERY";
        String underscored = "SITE_01";
        List<Path> files = new ArrayList<>();
        for (String site : List.of(museum, underscored)) {
            String name = "operations_2015-07_" + io.opsdw.reports.ReportService.siteToken(site) + "_en.pdf";
            assertThat(name).doesNotContain("/", " ").matches("operations_2015-07_[^_]+_en\\.pdf");
            Path file = reports.resolve(name);
            Files.writeString(file, "%PDF-1.4 " + name);
            files.add(file);
        }
        DwSettings settings = settings(Map.of(museum, List.of("museum@example.com"), underscored, List.of("site01@example.com")));

        List<String> mailed = new ReportMailer(settings, provider()).deliver(YearMonth.of(2015, 7), files, delivery("run-1", false, false)).mailedTo();

        assertThat(mailed).containsExactlyInAnyOrder("museum@example.com", "site01@example.com");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(attachmentsFor(received, "museum@example.com")).containsExactly("operations_2015-07_VISITOR-CENTER-EL-TRANQUILO-GALLERY_en.pdf");
        assertThat(attachmentsFor(received, "site01@example.com")).containsExactly("operations_2015-07_SITE-01_en.pdf");
        assertThat(java.util.Arrays.stream(received).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).anyMatch(subject -> subject.endsWith(museum));
    }

    @Test
    void disabledMailSendsNothing() {
        DwSettings off = new DwSettings(Path.of("h"), null, null, java.time.ZoneId.of("Asia/Shanghai"), null, null, null, null, new DwSettings.Mail(false, "dw@localhost", Map.of("ST01", List.of("a@b")), null), null, null, null, null, null);
        assertThat(new ReportMailer(off, provider()).deliver(YearMonth.of(2026, 10), List.of(), delivery("run-1", false, false)).mailedTo()).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aReRunDoesNotMailAgainUnlessResentAndACompleteMonthFollowsPartialReports() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("complaints_2026-10_ST01_zh-CN.pdf", "complaints_2026-10_ALL_zh-CN.pdf")) {
            Path file = reports.resolve(name);
            Files.writeString(file, "%PDF-1.4 " + name);
            files.add(file);
        }
        ReportMailer mailer = new ReportMailer(settings(Map.of("ST01", List.of("studio.manager@example.com"),
                "ALL", List.of("quality@example.com"))), provider());
        YearMonth oct = YearMonth.of(2026, 10);

        ReportMailer.Delivered partial = mailer.deliver(oct, files, delivery("run-1", true, false));
        assertThat(partial.mailedTo()).containsExactlyInAnyOrder("studio.manager@example.com", "quality@example.com");
        assertThat(smtp.getReceivedMessages()).hasSize(2).allSatisfy(m -> assertThat(m.getSubject()).contains("Partial data"));

        // the same partial reports again (a re-run): nothing new is sent
        ReportMailer.Delivered again = mailer.deliver(oct, files, delivery("run-2", true, false));
        assertThat(again.mailedTo()).isEmpty();
        assertThat(again.alreadyDelivered()).containsExactly("ALL", "ST01");
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        // the month is complete now: managers get the complete reports, once
        assertThat(mailer.deliver(oct, files, delivery("run-3", false, false)).mailedTo()).hasSize(2);
        assertThat(mailer.deliver(oct, files, delivery("run-4", false, false)).mailedTo()).isEmpty();
        assertThat(mailer.deliver(oct, files, delivery("run-5", true, false)).mailedTo()).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(4);

        // --resend mails them again
        assertThat(mailer.deliver(oct, files, delivery("run-6", false, true)).mailedTo()).hasSize(2);
        assertThat(smtp.getReceivedMessages()).hasSize(6);
        assertThat(new io.opsdw.warehouse.ledger.DeliveryLedger(reports.resolve("ledger")).entries())
                .extracting(io.opsdw.warehouse.ledger.DeliveryEntry::runId)
                .containsExactly("run-1", "run-1", "run-3", "run-3", "run-6", "run-6");
    }

    private ReportMailer.Delivery delivery(String runId, boolean partial, boolean resend) {
        return new ReportMailer.Delivery(runId, partial, resend, reports.resolve("ledger"));
    }

    private static DwSettings settings(Map<String, List<String>> recipients) {
        return new DwSettings(Path.of("h"), null, null, java.time.ZoneId.of("Asia/Shanghai"), null, null, null, null, new DwSettings.Mail(true, "dw@example.com", recipients, null), null, null, null, null, null);
    }

    private static org.springframework.beans.factory.ObjectProvider<org.springframework.mail.javamail.JavaMailSender> provider() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", sender);
        return beans.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class);
    }

    private static List<String> attachmentsFor(MimeMessage[] messages, String recipient) throws Exception {
        for (MimeMessage m : messages) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(recipient)) {
                List<String> names = new ArrayList<>();
                Multipart parts = (Multipart) m.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.getFileName() != null) {
                        names.add(part.getFileName());
                    }
                }
                return names;
            }
        }
        throw new AssertionError("no mail to " + recipient);
    }
}
