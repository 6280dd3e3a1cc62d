package io.opsdw.ingest.validate;

/** A failed check: the reason, the field it concerns (null for row-level problems) and a human detail. */
public record Failure(ReasonCode reason, String field, String detail) {

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
