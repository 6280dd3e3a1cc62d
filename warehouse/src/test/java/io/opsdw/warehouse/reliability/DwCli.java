package io.opsdw.warehouse.reliability;

import io.opsdw.warehouse.DwApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import io.opsdw.warehouse.publish.TableFingerprints;

/** Runs dw in this JVM (sharing one Spark session between runs) and captures what it prints. */
final class DwCli {

    record Result(int exit, String out, String err) {
    }

    private DwCli() {
    }

    static synchronized Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--dw.spark.stop-on-exit=false");
        all.add("--dw.spark.master=local[2]");
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = DwApplication.run(all.toArray(String[]::new));
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Content fingerprints of the published warehouse, without the tables that describe the run itself. */
    static Map<String, String> fingerprints(Path warehouseFile) throws Exception {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouseFile, p)) {
            return TableFingerprints.of(c, false);
        }
    }
}
