package io.opsdw.ingest.validate;

/**
 * One output row: typed values in contract order (null where empty or unparsed), the first failure, if any, and the
 * code fields (comma-separated, null when none) whose value was none of the codes and landed as the mapping's
 * fallback code.
 */
public record ParsedRow(long line, int seq, String rawText, Object[] values, Failure failure, String fallbacks) {

    public ParsedRow(long line, int seq, String rawText, Object[] values, Failure failure) {
        this(line, seq, rawText, values, failure, null);
    }
}
