package io.opsdw.transforms.unit;

/** A unit-test definition the harness cannot run (misspelt column, wrong type, unknown input): one line, no trace. */
public final class UnitTestDefinitionException extends RuntimeException {

    public UnitTestDefinitionException(String message) {
        super(message, null, false, false);
    }
}
