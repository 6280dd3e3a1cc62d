package io.opsdw.warehouse.task;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The user's terminal: one readable line per stage on stdout, one line per error on stderr. Kept apart from
 * logging so Spark's or Spring's chatter can never interleave with what an operator reads.
 */
@Component
public class Console {

    private PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    /** Tests redirect the streams to read what a user would see. */
    public void redirect(PrintStream stdout, PrintStream stderr) {
        this.out = stdout;
        this.err = stderr;
    }

    public void stage(String stage, String subject, String counts, Duration took) {
        out.println(String.format(Locale.ROOT, "%-9s %-22s %-52s %6.1fs", stage, subject, counts, took.toMillis() / 1000.0));
    }

    public void line(String text) {
        out.println(text);
    }

    public void error(String oneLine) {
        err.println("dw: " + oneLine);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
