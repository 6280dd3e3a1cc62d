package io.opsdw.lakecontract.quarantine;

/**
 * Why a row was quarantined. A row gets exactly one reason: the first failing check in this declaration order.
 * Cross-row checks (references, duplicates) run last and only on rows that passed everything else.
 */
public enum ReasonCode {
    /** The record cannot be split into the header's fields: broken quoting, too few or too many fields. */
    MALFORMED_ROW,
    /** A header row inside the data (exports pasted together): the rows below it are read by its columns. */
    REPEATED_HEADER,
    /**
     * The period field is readable and names another month: the row is that month's, whatever else is wrong with it
     * (it is judged when its own month is ingested), so one month's quarantine and its guard count its own rows only.
     */
    OUT_OF_PERIOD,
    /** A spreadsheet cell without a usable value: a formula never calculated, an error value such as #N/A. */
    BAD_CELL,
    MISSING_REQUIRED,
    /** An identifier in scientific notation (1.38E+10): a spreadsheet has already lost its digits. */
    BAD_IDENTIFIER,
    BAD_DATE,
    BAD_NUMBER,
    BAD_BOOLEAN,
    UNKNOWN_CODE,
    TOO_LONG,
    NEGATIVE_VALUE,
    OUT_OF_RANGE,
    INCONSISTENT_DATES,
    UNKNOWN_REFERENCE,
    DUPLICATE_KEY
}
