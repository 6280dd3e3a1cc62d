package io.opsdw.warehouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.warehouse.DwApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the dw command line in-process the way a user would, capturing what it prints. */
public final class DwCli {

    /** Exit status, stdout and stderr of one dw invocation. */
    public record Result(int exit, String out, String err) {
        public List<String> outLines() {
            return out.lines().toList();
        }

        /** The JSON object on the last stdout line (the Airflow XCom contract). */
        public JsonNode summary() {
            List<String> lines = outLines();
            try {
                return new ObjectMapper().readTree(lines.get(lines.size() - 1));
            } catch (Exception e) {
                throw new AssertionError("last stdout line is not JSON:\n" + out + "\nstderr:\n" + err, e);
            }
        }
    }

    private DwCli() {
    }

    public static synchronized Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] withSharedSpark = java.util.Arrays.copyOf(args, args.length + 1);
            withSharedSpark[args.length] = "--dw.spark.stop-on-exit=false";
            int exit = DwApplication.run(withSharedSpark);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
