package io.opsdw.warehouse.cli;

/** Exit statuses of every dw task (the operating contract; docs/runbook.md explains them to operators). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** The month's data is incomplete: reports are held back until the missing exports arrive (or --allow-partial). */
    public static final int INCOMPLETE = 65;
    /** An I/O failure (disk, HDFS/S3, mail server): a retry may succeed without anyone changing anything. */
    public static final int IO_ERROR = 74;
    /** Another dw process holds the home's lock; retrying later is safe. */
    public static final int LOCKED = 75;
    /** Nothing to do for that period (e.g. no export arrived); Airflow marks the task skipped. */
    public static final int NOTHING_TO_DO = 99;

    private ExitCodes() {
    }
}
