package io.opsdw.warehouse.cli;

/** Turns an exception into the one line an operator reads: the stage's own message, never a stack trace. */
final class OneLine {

    /** An operator reads one line; a foreign message longer than this is cut (ours are far shorter). */
    static final int MAX = 600;

    private OneLine() {
    }

    static String of(Throwable e) {
        Throwable t = e;
        // Spark wraps task failures; the stage's own exception (with the message written for users) sits underneath.
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException
                || t.getClass().getName().startsWith("org.apache.spark"))) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String first = message.strip().lines().findFirst().orElse(message);
        if (first.length() > MAX) {
            first = first.substring(0, MAX) + "...";
        }
        boolean ours = t.getClass().getName().startsWith("io.opsdw") || t instanceof java.io.UncheckedIOException
                || t instanceof IllegalArgumentException;
        return ours ? first : "unexpected " + t.getClass().getSimpleName() + ": " + first + " (run again with --verbose for details)";
    }
}
