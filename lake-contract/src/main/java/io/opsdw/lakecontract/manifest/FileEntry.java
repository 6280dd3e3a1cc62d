package io.opsdw.lakecontract.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One input file of a manifest; a file whose content was already read is listed with skipped_duplicate_file.
 *
 * @param rowsCounted data records in the file by the independent count (RFC 4180 records for CSV, rows of the sheets
 *                    read for a workbook), which the reader's records were checked against before landing
 * @param rowsRead    rows the reader produced from them = accepted + quarantined (more than rows_counted only when a
 *                    mapping unpivots a wide layout: one row per unpivoted cell)
 * @param sheets      a workbook's sheets, read or not (null for delimited text)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileEntry(
        @JsonProperty("name") String name,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("bytes") long bytes,
        @JsonProperty("encoding") String encoding,
        @JsonProperty("rows_counted") long rowsCounted,
        @JsonProperty("rows_read") long rowsRead,
        @JsonProperty("accepted") long accepted,
        @JsonProperty("quarantined") long quarantined,
        @JsonProperty("sheets") List<SheetEntry> sheets,
        @JsonProperty("skipped_duplicate_file") Boolean skippedDuplicateFile,
        @JsonProperty("duplicate_of") String duplicateOf) {
}
