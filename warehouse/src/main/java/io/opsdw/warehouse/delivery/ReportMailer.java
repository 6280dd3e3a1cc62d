package io.opsdw.warehouse.delivery;

import io.opsdw.warehouse.config.DwSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails each site's managers the report files for their site (recipients per site code in dw.mail.recipients;
 * "ALL" receives the company-wide reports). The report archive folder is always written first; mail is extra.
 */
@Component
public class ReportMailer {

    /** <report>_<YYYY-MM>_<site>_<locale>.<ext>, the reports module's naming. */
    private static final Pattern REPORT_FILE = Pattern.compile("^[a-z_]+_\\d{4}-\\d{2}_(?<site>[^_]+)_[A-Za-z-]+\\.(pdf|xlsx|html)$");

    private final DwSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;

    public ReportMailer(DwSettings settings, ObjectProvider<JavaMailSender> mailSender) {
        this.settings = settings;
        this.mailSender = mailSender;
    }

    public boolean enabled() {
        return settings.mail().enabled() && settings.mail().recipients() != null && !settings.mail().recipients().isEmpty();
    }

    /** Sends one mail per site that has recipients and files; returns the recipients mailed. */
    public List<String> deliver(YearMonth period, List<Path> files) {
        if (!enabled()) {
            return List.of();
        }
        JavaMailSender sender = Optional.ofNullable(mailSender.getIfAvailable()).orElseThrow(() -> new IllegalStateException(
                "dw.mail.enabled is true but no mail server is configured; set spring.mail.host (and port, username, password)"));
        List<String> mailed = new ArrayList<>();
        for (Map.Entry<String, List<Path>> site : bySite(files).entrySet()) {
            List<String> to = settings.mail().recipients().getOrDefault(site.getKey(), List.of());
            if (to.isEmpty()) {
                continue;
            }
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(settings.mail().from());
                helper.setTo(to.toArray(String[]::new));
                String scope = "ALL".equals(site.getKey()) ? "全公司 / company-wide" : site.getKey();
                helper.setSubject("月度报表 Monthly reports " + period + " — " + scope);
                helper.setText("附件为 " + period + " 月度报表（" + scope + "）。\nAttached: the monthly reports for " + period + " (" + scope + ").");
                for (Path file : site.getValue()) {
                    helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
                }
                sender.send(message);
                mailed.addAll(to);
            } catch (MessagingException e) {
                throw new IllegalStateException("could not mail the " + site.getKey() + " reports: " + e.getMessage(), e);
            }
        }
        return mailed;
    }

    static Map<String, List<Path>> bySite(List<Path> files) {
        Map<String, List<Path>> bySite = new TreeMap<>();
        for (Path file : files) {
            Matcher m = REPORT_FILE.matcher(file.getFileName().toString());
            if (m.matches()) {
                bySite.computeIfAbsent(m.group("site"), k -> new ArrayList<>()).add(file);
            }
        }
        return bySite;
    }
}
