package io.opsdw.warehouse.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What was mailed to whom (home/ledger/deliveries.jsonl), so a re-run of a month does not mail its reports again:
 * a recipient gets a month's reports of a site once, and once more when a complete month follows partial reports.
 */
public final class DeliveryLedger {

    private final JsonLines<DeliveryEntry> lines;

    public DeliveryLedger(Path ledgerDir) {
        this.lines = new JsonLines<>(ledgerDir.resolve("deliveries.jsonl"), DeliveryEntry.class);
    }

    public void append(DeliveryEntry entry) {
        lines.append(entry);
    }

    public List<DeliveryEntry> entries() {
        return lines.entries();
    }

    /** The earlier delivery that makes sending these reports again redundant: a complete one, or a partial one for partial reports. */
    public Optional<DeliveryEntry> delivered(String period, String site, String recipient, boolean partial) {
        return entries().stream()
                .filter(e -> e.period().equals(period) && e.site().equals(site) && e.recipient().equalsIgnoreCase(recipient))
                .filter(e -> !e.partial() || partial)
                .findFirst();
    }
}
