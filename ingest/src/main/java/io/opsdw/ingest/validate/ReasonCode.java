package io.opsdw.ingest.validate;

/**
 * Why a row was quarantined. A row gets exactly one reason: the first failing check in this declaration order.
 * Cross-row checks (references, duplicates) run last and only on rows that passed everything else.
 */
public enum ReasonCode {
    MALFORMED_ROW,
    MISSING_REQUIRED,
    BAD_DATE,
    BAD_NUMBER,
    BAD_BOOLEAN,
    UNKNOWN_CODE,
    TOO_LONG,
    NEGATIVE_VALUE,
    OUT_OF_RANGE,
    INCONSISTENT_DATES,
    OUT_OF_PERIOD,
    UNKNOWN_REFERENCE,
    DUPLICATE_KEY
}
