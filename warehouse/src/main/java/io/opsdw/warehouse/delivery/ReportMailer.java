package io.opsdw.warehouse.delivery;

import io.opsdw.warehouse.config.DwSettings;
import io.opsdw.warehouse.ledger.DeliveryEntry;
import io.opsdw.warehouse.ledger.DeliveryLedger;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import io.opsdw.reports.ReportPeriod;
import io.opsdw.reports.ReportService;
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
 * "ALL" receives the company-wide reports). The report archive folder is always written first; mail is extra. The
 * delivery ledger keeps a re-run of a month from mailing the same reports again, unless asked to resend.
 */
@Component
public class ReportMailer {

    /** <report>_<YYYY-MM>_<site token>_<locale>.<ext>, the reports module's naming (ReportService.siteToken). */
    private static final Pattern REPORT_FILE = Pattern.compile("^[a-z_]+_\\d{4}(-\\d{2}|-H[12])?_(?<site>[^_]+)_[A-Za-z-]+\\.(pdf|xlsx|html)$");

    private final DwSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;

    public ReportMailer(DwSettings settings, ObjectProvider<JavaMailSender> mailSender) {
        this.settings = settings;
        this.mailSender = mailSender;
    }

    /** Who delivers, for which run: {@code partial} reports carry the banner; {@code resend} ignores earlier deliveries. */
    public record Delivery(String runId, boolean partial, boolean resend, Path ledgerDir) {
    }

    /** Recipients mailed, and the sites whose reports every recipient already had (and so were not mailed again). */
    public record Delivered(List<String> mailedTo, List<String> alreadyDelivered) {
    }

    public boolean enabled() {
        return settings.mail().enabled() && !settings.mail().recipients().isEmpty();
    }

    /** Sends one mail per site that has recipients and files, to the recipients who did not get them yet. */
    public Delivered deliver(YearMonth period, List<Path> files, Delivery delivery) {
        return deliver(ReportPeriod.month(period), files, delivery);
    }

    /** As above for any period; the delivery ledger keys it as written (2026-10, 2026-H1, 2026). */
    public Delivered deliver(ReportPeriod period, List<Path> files, Delivery delivery) {
        if (!enabled()) {
            return new Delivered(List.of(), List.of());
        }
        JavaMailSender sender = Optional.ofNullable(mailSender.getIfAvailable()).orElseThrow(() -> new IllegalStateException(
                "dw.mail.enabled is true but no mail server is configured; set spring.mail.host (and port, username, password)"));
        DeliveryLedger ledger = new DeliveryLedger(delivery.ledgerDir());
        List<String> mailed = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (Map.Entry<String, List<Path>> byToken : bySite(files).entrySet()) {
            // the files name a site by its token (ReportService.siteToken); recipients are keyed by the site code
            String code = settings.mail().recipients().keySet().stream()
                    .filter(k -> "ALL".equals(k) ? "ALL".equals(byToken.getKey()) : ReportService.siteToken(k).equals(byToken.getKey()))
                    .findFirst().orElse(byToken.getKey());
            Map.Entry<String, List<Path>> site = Map.entry(code, byToken.getValue());
            List<String> to = settings.mail().recipients().getOrDefault(site.getKey(), List.of()).stream()
                    .filter(r -> delivery.resend() || ledger.delivered(period.toString(), site.getKey(), r, delivery.partial()).isEmpty())
                    .toList();
            if (to.isEmpty()) {
                if (!settings.mail().recipients().getOrDefault(site.getKey(), List.of()).isEmpty()) {
                    already.add(site.getKey());
                }
                continue;
            }
            send(sender, period, site.getKey(), site.getValue(), to, delivery.partial());
            List<String> names = site.getValue().stream().map(f -> f.getFileName().toString()).toList();
            for (String recipient : to) {
                ledger.append(new DeliveryEntry(period.toString(), site.getKey(), recipient, names, delivery.runId(),
                        Instant.now().toString(), delivery.partial()));
            }
            mailed.addAll(to);
        }
        return new Delivered(mailed, already);
    }

    private void send(JavaMailSender sender, ReportPeriod period, String site, List<Path> files, List<String> to, boolean partial) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.mail().from());
            helper.setTo(to.toArray(String[]::new));
            String scope = "ALL".equals(site) ? "全公司 / company-wide" : site;
            String zh = period.isMonth() ? "月度报表" : "报表", en = period.isMonth() ? "monthly reports" : "reports";
            helper.setSubject((partial ? "【部分数据 Partial data】" : "") + zh + " " + capitalised(en) + " " + period + " — " + scope);
            helper.setText("附件为 " + period.title(java.util.Locale.SIMPLIFIED_CHINESE) + " " + zh + "（" + scope + "）。\nAttached: the "
                    + en + " for " + period.title(java.util.Locale.ENGLISH) + " (" + scope + ")."
                    + (partial ? "\n\n部分导出尚未收到，报表首页列出缺少的数据。\nSome exports had not arrived; the first page of each report lists what is missing." : ""));
            for (Path file : files) {
                helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
            }
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not mail the " + site + " reports: " + e.getMessage(), e);
        }
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

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
