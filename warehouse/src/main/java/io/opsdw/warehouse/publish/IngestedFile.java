package io.opsdw.warehouse.publish;

import java.time.Instant;

/** One input file of one source and period, as its ingest manifest records it: a row of {@code ingest_manifest}. */
public record IngestedFile(String source, String period, String file, String sha256, long bytes, String encoding,
                           long rows, long accepted, long quarantined, String duplicateOf, Instant ingestedAt, String runId) {
}
