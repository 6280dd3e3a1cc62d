package io.opsdw.warehouse.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One mail sent: a month's reports of one site (or "ALL") to one recipient, by which run, complete or partial. */
public record DeliveryEntry(
        @JsonProperty("period") String period,
        @JsonProperty("site") String site,
        @JsonProperty("recipient") String recipient,
        @JsonProperty("files") List<String> files,
        @JsonProperty("run_id") String runId,
        @JsonProperty("sent_at") String sentAt,
        @JsonProperty("partial") boolean partial) {
}
