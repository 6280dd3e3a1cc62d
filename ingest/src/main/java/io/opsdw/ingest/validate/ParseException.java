package io.opsdw.ingest.validate;

import io.opsdw.lakecontract.quarantine.ReasonCode;

/** Thrown by {@link ValueParser} for a value it cannot read; carries the reason code to quarantine with. */
public final class ParseException extends Exception {

    private final ReasonCode reason;

    public ParseException(ReasonCode reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }
}
