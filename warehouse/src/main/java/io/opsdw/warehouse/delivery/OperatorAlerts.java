package io.opsdw.warehouse.delivery;

import io.opsdw.warehouse.config.DwSettings;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Tells the operators (dw.mail.operators) that a scheduled monthly run failed: what, which run, and what happens next. */
@Component
public class OperatorAlerts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final DwSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;

    public OperatorAlerts(DwSettings settings, ObjectProvider<JavaMailSender> mailSender) {
        this.settings = settings;
        this.mailSender = mailSender;
    }

    /** A failed attempt: {@code retryAt} empty when no retry fits before the next scheduled run. */
    public record FailedRun(YearMonth period, String runId, int exitCode, String error, int attempt,
                            Optional<ZonedDateTime> retryAt, String home) {
    }

    public boolean enabled() {
        return settings.mail().enabled() && !settings.mail().operators().isEmpty();
    }

    /** Mails the operators; returns why it could not (never throws: an alert must not stop the schedule). */
    public Optional<String> runFailed(FailedRun run) {
        if (!enabled()) {
            return Optional.empty();
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return Optional.of("dw.mail.operators is set but no mail server is configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mail().from());
        message.setTo(settings.mail().operators().toArray(String[]::new));
        message.setSubject("[opsdw] 月度运行失败 Monthly run failed: " + run.period() + " (attempt " + run.attempt() + ", run " + run.runId() + ")");
        message.setText(String.join("\n",
                "The scheduled monthly run for " + run.period() + " failed (exit " + run.exitCode() + ").",
                "",
                "Error:   " + run.error(),
                "Run id:  " + run.runId(),
                "Attempt: " + run.attempt(),
                "Next:    " + run.retryAt().map(t -> "tried again at " + WHEN.format(t))
                        .orElse("no further try this month; the next scheduled run takes over"),
                "Home:    " + run.home(),
                "",
                "What arrived:  dw status --period " + run.period() + " --home " + run.home(),
                "Run ledger:    dw history --period " + run.period() + " --home " + run.home()));
        try {
            sender.send(message);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("could not mail the operators: " + e.getMessage());
        }
    }
}
