package io.opsdw.ingest.validate;

import io.opsdw.lakecontract.quarantine.ReasonCode;

/**
 * A failed check: the reason, the field it concerns ({@link #RECORD} when it is the record as a whole) and a human
 * detail. Every quarantined row carries all three.
 */
public record Failure(ReasonCode reason, String field, String detail) {

    /** The reason_field of problems with a record as a whole (its quoting, its number of fields, a repeated header). */
    public static final String RECORD = "_record";

    public Failure {
        java.util.Objects.requireNonNull(reason, "reason");
        java.util.Objects.requireNonNull(field, "field");
        java.util.Objects.requireNonNull(detail, "detail");
    }

    /** The failure that wins when several apply: earliest reason code, then earliest field. */
    public static Failure first(Failure a, Failure b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.reason.ordinal() < a.reason.ordinal() ? b : a;
    }
}
