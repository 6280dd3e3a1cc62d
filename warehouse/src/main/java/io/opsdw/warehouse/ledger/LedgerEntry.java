package io.opsdw.warehouse.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One task run as recorded in the ledger (and copied into the published warehouse as run_ledger). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntry(
        @JsonProperty("run_id") String runId,
        @JsonProperty("task") String task,
        @JsonProperty("period") String period,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("ended_at") String endedAt,
        @JsonProperty("status") String status,
        @JsonProperty("rows_in") long rowsIn,
        @JsonProperty("accepted") long accepted,
        @JsonProperty("quarantined") long quarantined,
        @JsonProperty("input_checksums") Map<String, String> inputChecksums,
        @JsonProperty("message") String message) {
}
