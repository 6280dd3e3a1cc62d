package io.opsdw.warehouse.bench;

/** Peak memory seen during one stage, in bytes; -1 where it could not be measured. */
public record Peak(long heapBytes, long rssBytes, long duckdbBytes) {
}
