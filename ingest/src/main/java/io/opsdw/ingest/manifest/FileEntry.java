package io.opsdw.ingest.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One input file of a manifest; a file whose content was already read is listed with skipped_duplicate_file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileEntry(
        @JsonProperty("name") String name,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("bytes") long bytes,
        @JsonProperty("encoding") String encoding,
        @JsonProperty("rows_read") long rowsRead,
        @JsonProperty("accepted") long accepted,
        @JsonProperty("quarantined") long quarantined,
        @JsonProperty("skipped_duplicate_file") Boolean skippedDuplicateFile,
        @JsonProperty("duplicate_of") String duplicateOf) {
}
