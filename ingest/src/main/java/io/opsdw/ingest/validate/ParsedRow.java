package io.opsdw.ingest.validate;

/** One output row: typed values in contract order (null where empty or unparsed) and the first failure, if any. */
public record ParsedRow(long line, int seq, String rawText, Object[] values, Failure failure) {
}
