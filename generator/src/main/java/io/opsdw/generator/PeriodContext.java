package io.opsdw.generator;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generators of one period share: the master snapshot, the volume scale, and facts one source
 * hands to another (daily visits drive water-bar consumption; complaints are followed by callbacks).
 */
final class PeriodContext {

    /** A complaint that a post-complaint callback can refer to. */
    record ComplaintRef(String id, Catalog.Site site, MasterData.Customer customer, LocalDateTime callbackAt,
                        String serviceItem, String deptName) {
    }

    final YearMonth period;
    final MasterData master;
    final double scale;
    final long seed;
    /** Records are exported at the end of the period: anything later is not known yet. */
    final LocalDateTime exportedAt;
    final Map<String, int[]> visitsBySiteAndDay = new LinkedHashMap<>();
    final List<ComplaintRef> complaints = new ArrayList<>();

    PeriodContext(YearMonth period, MasterData master, double scale, long seed) {
        this.period = period;
        this.master = master;
        this.scale = scale;
        this.seed = seed;
        this.exportedAt = period.atEndOfMonth().atTime(23, 59, 59);
    }

    Rng rng(String stream) {
        return new Rng(seed, period, stream);
    }

    /** Scaled row volume, at least one. */
    int volume(double perScaleOne) {
        return Math.max(1, (int) Math.round(perScaleOne * scale));
    }

    /** Null when the moment lies after the export. */
    LocalDateTime known(LocalDateTime t) {
        return t == null || t.isAfter(exportedAt) ? null : t;
    }
}
