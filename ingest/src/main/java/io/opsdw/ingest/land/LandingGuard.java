package io.opsdw.ingest.land;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.lakecontract.quarantine.ReasonCode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Protects what is landed from an export that is almost certainly not what was meant: one without any data row
 * (a header-only re-export) replacing a month that has rows, unless the operator says so ({@code --allow-empty});
 * and one whose rows are mostly quarantined, which nearly always means a mapping problem (headers, codes, date
 * formats), not bad data (rows of other months aside). Either stops the source before anything is replaced.
 */
final class LandingGuard {

    private LandingGuard() {
    }

    /** {@code period} null: an export landed in every period it names, judged as a whole. */
    static void check(SourceContract contract, YearMonth period, long rowsCounted, long accepted, long quarantined,
                      SourceLander.TableTotals totals, boolean allowEmpty, IngestOptions options, LakeLayout lake, LakeFs fs) {
        String source = contract.source();
        String scope = period == null ? "all periods" : period.toString();
        if (period != null && rowsCounted == 0 && !allowEmpty) {
            long landed = landedRows(lake, fs, source, period);
            if (landed > 0) {
                throw new IngestException(source + " " + period + ": the export holds no data rows (a header only) and would replace the "
                        + landed + " rows landed for this month; nothing replaced (re-export it, or pass --allow-empty to land an empty month)");
            }
        }
        // rows of other months are not a sign of a wrong mapping: a history export is ingested month by month
        long otherMonths = totals.byReason().getOrDefault(ReasonCode.OUT_OF_PERIOD.name(), 0L);
        long rows = accepted + quarantined - otherMonths;
        long bad = quarantined - otherMonths;
        if (rows > 0 && bad > options.maxQuarantineShare() * rows) {
            throw new IngestException(source + " " + scope + ": " + bad + " of " + rows + (period == null ? " rows (" : " rows of the month (") + Math.round(100.0 * bad / rows)
                    + " %) would be quarantined, more than dw.ingest.max-quarantine-share (" + Math.round(100 * options.maxQuarantineShare())
                    + " %); top reasons: " + topReasons(totals) + "; nothing landed: this is usually a mapping problem (headers, codes, "
                    + "date_formats in a mapping file)");
        }
    }

    private static String topReasons(SourceLander.TableTotals totals) {
        List<Map.Entry<String, Long>> reasons = totals.byReason().entrySet().stream()
                .filter(e -> !e.getKey().equals(ReasonCode.OUT_OF_PERIOD.name()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3).toList();
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Long> r : reasons) {
            Map<String, Long> fields = totals.fieldsByReason().getOrDefault(r.getKey(), Map.of());
            String field = fields.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey).orElse("?");
            b.append(b.length() == 0 ? "" : ", ").append(r.getKey()).append(" ").append(r.getValue()).append(" (mostly ").append(field).append(")");
        }
        return b.toString();
    }

    /** Rows of the month as landed now: its manifest's accepted + quarantined, 0 when nothing is landed. */
    private static long landedRows(LakeLayout lake, LakeFs fs, String source, YearMonth period) {
        org.apache.hadoop.fs.Path manifest = lake.manifest(source, period);
        if (!fs.exists(manifest)) {
            return 0;
        }
        Manifest m = ManifestIO.read(fs, manifest);
        return m.accepted() + m.quarantined();
    }
}
