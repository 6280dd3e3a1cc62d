package io.opsdw.ingest.generate;

/** Quarantine reason codes, in the order the ingest checks them (the first failing check wins). */
public enum FaultReason {
    MALFORMED_ROW,
    MISSING_REQUIRED,
    BAD_DATE,
    BAD_NUMBER,
    BAD_BOOLEAN,
    UNKNOWN_CODE,
    TOO_LONG,
    NEGATIVE_VALUE,
    OUT_OF_RANGE,
    OUT_OF_PERIOD,
    UNKNOWN_REFERENCE,
    DUPLICATE_KEY
}
