package io.opsdw.lakecontract.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One sheet of a workbook in a manifest: read (it has the source's header) or not, and why not. Its rows_counted is
 * the independent count of the rows below its header (for a sheet not read: every row with a value).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetEntry(
        @JsonProperty("name") String name,
        @JsonProperty("read") boolean read,
        @JsonProperty("rows_counted") long rowsCounted,
        @JsonProperty("accepted") Long accepted,
        @JsonProperty("quarantined") Long quarantined,
        @JsonProperty("not_read_because") String notReadBecause) {
}
