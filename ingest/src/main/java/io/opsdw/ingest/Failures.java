package io.opsdw.ingest;

/**
 * What a failure looks like by the time it leaves the ingest: the ingest's own one-line {@link IngestException} when
 * one is in the cause chain (Spark wraps task failures, a thread pool wraps everything), else the failure itself.
 */
public final class Failures {

    private Failures() {
    }

    public static RuntimeException propagate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IngestException ie) {
                return ie;
            }
        }
        if (failure instanceof RuntimeException re) {
            return re;
        }
        // a checked exception thrown by Scala code (SparkException): keep it as the cause, and only its first line
        return new IllegalStateException(firstLine(failure), failure);
    }

    public static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
