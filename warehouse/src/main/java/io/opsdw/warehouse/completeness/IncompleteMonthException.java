package io.opsdw.warehouse.completeness;

/** The gate held a month's reports back: some site did not deliver a source it must deliver (exit 65). */
public class IncompleteMonthException extends RuntimeException {

    public IncompleteMonthException(String message) {
        super(message);
    }
}
