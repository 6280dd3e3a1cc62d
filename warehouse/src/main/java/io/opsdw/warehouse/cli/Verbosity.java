package io.opsdw.warehouse.cli;

import java.net.URISyntaxException;
import org.apache.logging.log4j.core.config.Configurator;

/** --verbose lets library logs through, stack traces included; otherwise errors only, one line each (log4j2.xml). */
final class Verbosity {

    private Verbosity() {
    }

    static void apply(boolean verbose) {
        if (verbose) {
            try {
                Configurator.reconfigure(Verbosity.class.getClassLoader().getResource("log4j2-verbose.xml").toURI());
            } catch (URISyntaxException | RuntimeException e) {
                System.err.println("dw: cannot switch logging to verbose (" + e.getMessage() + ")");
            }
        }
    }
}
