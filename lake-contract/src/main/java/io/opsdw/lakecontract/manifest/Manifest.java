package io.opsdw.lakecontract.manifest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What one ingest of one source and period read and where every row went. rows_counted is the independent count of
 * the records in the files (a second pass sharing no code with the reader), rows_read what the reader produced from
 * them; the source was landed only after the two agreed record by record, file by file. added_codes are the codes a
 * mapping added to the contract's code lists (field -> code -> language -> label): the transforms label them from
 * here, so a mapping's codes reach the dimensions without the mapping file; code_fallbacks count the rows per field
 * whose value was none of the codes and landed as the mapping's fallback code.
 */
@JsonPropertyOrder({"run_id", "source", "period", "files", "rows_counted", "rows_read", "accepted", "quarantined",
        "quarantined_by_reason", "unknown_columns", "warnings", "added_codes", "code_fallbacks"})
public record Manifest(
        @JsonProperty("run_id") String runId,
        @JsonProperty("source") String source,
        @JsonProperty("period") String period,
        @JsonProperty("files") List<FileEntry> files,
        @JsonProperty("rows_counted") long rowsCounted,
        @JsonProperty("rows_read") long rowsRead,
        @JsonProperty("accepted") long accepted,
        @JsonProperty("quarantined") long quarantined,
        @JsonProperty("quarantined_by_reason") Map<String, Long> quarantinedByReason,
        @JsonProperty("unknown_columns") List<String> unknownColumns,
        @JsonProperty("warnings") List<String> warnings,
        @JsonProperty("added_codes") Map<String, Map<String, Map<String, String>>> addedCodes,
        @JsonProperty("code_fallbacks") Map<String, Long> codeFallbacks) {

    /** Every row read is accepted or quarantined, each quarantined row has a reason: checked before anything is published. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public Manifest {
        addedCodes = addedCodes == null ? Map.of() : addedCodes;
        codeFallbacks = codeFallbacks == null ? Map.of() : codeFallbacks;
        if (rowsRead != accepted + quarantined) {
            throw new IllegalStateException("manifest for " + source + " " + period + ": rows_read " + rowsRead
                    + " != accepted " + accepted + " + quarantined " + quarantined);
        }
        long byReason = quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
        if (byReason != quarantined) {
            throw new IllegalStateException("manifest for " + source + " " + period + ": reasons sum to " + byReason
                    + ", quarantined is " + quarantined);
        }
        for (FileEntry f : files) {
            if (f.rowsRead() != f.accepted() + f.quarantined()) {
                throw new IllegalStateException("manifest for " + source + " " + period + ", file " + f.name()
                        + ": rows_read " + f.rowsRead() + " != accepted " + f.accepted() + " + quarantined " + f.quarantined());
            }
        }
    }

    /** A manifest of a source whose mapping adds no codes. */
    public Manifest(String runId, String source, String period, List<FileEntry> files, long rowsCounted, long rowsRead,
                    long accepted, long quarantined, Map<String, Long> quarantinedByReason, List<String> unknownColumns,
                    List<String> warnings) {
        this(runId, source, period, files, rowsCounted, rowsRead, accepted, quarantined, quarantinedByReason,
                unknownColumns, warnings, null, null);
    }
}
