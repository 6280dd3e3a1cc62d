package io.opsdw.warehouse.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** --verbose lets library logs through; otherwise only errors reach stderr. */
final class Verbosity {

    private Verbosity() {
    }

    static void apply(boolean verbose) {
        if (verbose) {
            Configurator.setLevel("org.apache.spark", Level.INFO);
            Configurator.setLevel("io.opsdw", Level.DEBUG);
            Configurator.setRootLevel(Level.INFO);
        }
    }
}
