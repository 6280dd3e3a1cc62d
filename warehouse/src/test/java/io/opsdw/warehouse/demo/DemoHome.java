package io.opsdw.warehouse.demo;

import io.opsdw.warehouse.cli.DwCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One demo home per test JVM, as a user makes it: {@code dw demo --months 2} (September and October 2026: sample
 * exports, lake, the published warehouse, 64 PDFs per month). The tests that check what the reports print against
 * the views, and the analysts' worked examples, share it. Deleted when the JVM exits. To iterate on these tests,
 * {@code -Dopsdw.demo.home=DIR} reuses a demo home made by {@code ./dw demo --out DIR --months 2} of the same build.
 */
public final class DemoHome {
    public static final String PERIOD = "2026-10";
    private static Path home;

    private DemoHome() {
    }

    public static synchronized Path get() {
        String reuse = System.getProperty("opsdw.demo.home");
        if (home == null && reuse != null && !reuse.isBlank()) {
            home = Path.of(reuse); // a demo made earlier (`./dw demo --out DIR --months 2`), to iterate on these tests
        }
        if (home == null) {
            try {
                Path dir = Files.createTempDirectory("opsdw-demo-");
                DwCli.Result result = DwCli.run("demo", "--out", dir.toString(), "--months", "2");
                if (result.exit() != 0) {
                    throw new IllegalStateException("dw demo failed (" + result.exit() + "): " + result.err());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                home = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }

    public static Path warehouse() {
        return get().resolve("warehouse/opsdw.duckdb");
    }

    public static Path report(String report, String scope, String locale) {
        return get().resolve("reports/" + PERIOD + "/" + report + "_" + PERIOD + "_" + scope + "_" + locale + ".pdf");
    }

    /** A read-only connection, as analysts open the file. */
    public static Connection readOnly() throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + warehouse(), p);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary folder: the OS cleans it eventually
        }
    }
}
