package io.opsdw.warehouse.completeness;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.warehouse.completeness.CompletenessReport.Gap;
import io.opsdw.warehouse.completeness.CompletenessReport.SiteSource;
import io.opsdw.warehouse.completeness.CompletenessReport.SiteStatus;
import io.opsdw.warehouse.completeness.CompletenessReport.SourceArrival;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares what the lake holds for a month with what was expected: the manifest of every expected source (files,
 * rows, quarantined by reason), the accepted rows per site in the raw partition of every operational source, and the
 * sites of the month's sites master (or the latest one before it). A company-wide export is missing when no file of it
 * arrived; a per-site source when the site has no accepted row in it. Rows quarantined cannot be given a site (their
 * site code may be what was wrong), so they are counted per source.
 */
public final class CompletenessCheck {

    private static final String SITES = "sites";

    private final SparkSession spark;
    private final LakeLayout lake;
    private final LakeFs fs;
    private final Set<String> perSiteSources;

    /** {@code bySite}: the sources whose rows carry a site (the operational ones), counted per site. */
    public CompletenessCheck(SparkSession spark, LakeLayout lake, LakeFs fs, Set<String> bySite) {
        this.spark = spark;
        this.lake = lake;
        this.fs = fs;
        this.perSiteSources = bySite;
    }

    public CompletenessReport check(YearMonth period, Expectations expected) {
        List<String> notes = new ArrayList<>();
        Optional<YearMonth> snapshot = sitesSnapshot(period);
        List<SiteStatus> sites = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();

        Set<String> sources = new LinkedHashSet<>(expected.company());
        sources.addAll(expected.perSiteSources());
        Map<String, SourceArrival> arrivals = new TreeMap<>();
        for (String source : sources) {
            arrivals.put(source, arrival(source, period, perSiteSources.contains(source)));
        }
        for (String source : expected.company()) {
            if (!arrivals.get(source).arrived()) {
                gaps.add(new Gap(null, source));
            }
        }
        if (snapshot.isEmpty()) {
            notes.add("no sites master for " + period + " or before it: which sites must deliver is unknown");
            for (String source : expected.perSiteSources()) {
                if (arrivals.get(source).accepted() == 0 && !expected.company().contains(source)) {
                    gaps.add(new Gap(null, source));
                }
            }
        } else {
            if (!snapshot.get().equals(period)) {
                notes.add("sites taken from the " + snapshot.get() + " sites master (none for " + period + ")");
            }
            for (Row site : spark.read().parquet(lake.raw(SITES, snapshot.get()).toString())
                    .select("site_code", "site_name", "business_line").orderBy("site_code").collectAsList()) {
                sites.add(siteStatus(site.getString(0), site.getString(1), site.getString(2), expected, arrivals, gaps, notes));
            }
        }
        // company-wide gaps first, then source by source in the configured order, sites by code
        List<String> order = new ArrayList<>(sources);
        gaps.sort(java.util.Comparator.comparing((Gap g) -> g.site() != null).thenComparing(g -> order.indexOf(g.source()))
                .thenComparing(g -> g.site() == null ? "" : g.site()));
        return new CompletenessReport(period, snapshot.orElse(null), List.copyOf(arrivals.values()), sites, gaps, notes);
    }

    private SiteStatus siteStatus(String code, String name, String line, Expectations expected, Map<String, SourceArrival> arrivals,
                                  List<Gap> gaps, List<String> notes) {
        Optional<List<String>> mustDeliver = expected.forSite(code, line);
        if (mustDeliver.isEmpty()) {
            notes.add("site " + code + ": no sources configured for business line '" + line + "' (dw.completeness.business-lines)");
        }
        List<SiteSource> row = new ArrayList<>();
        for (String source : arrivals.keySet().stream().filter(perSiteSources::contains).toList()) {
            boolean isExpected = mustDeliver.map(l -> l.contains(source)).orElse(false);
            long rows = arrivals.get(source).rowsBySite().getOrDefault(code, 0L);
            row.add(new SiteSource(source, isExpected, rows));
            if (isExpected && rows == 0) {
                gaps.add(new Gap(code, source));
            }
        }
        return new SiteStatus(code, name, line, row);
    }

    private SourceArrival arrival(String source, YearMonth period, boolean perSite) {
        Path manifestFile = lake.manifest(source, period);
        if (!fs.exists(manifestFile)) {
            return SourceArrival.absent(source);
        }
        Manifest m = ManifestIO.read(fs, manifestFile);
        Map<String, Long> bySite = new TreeMap<>();
        Path raw = lake.raw(source, period);
        if (perSite && m.accepted() > 0 && fs.exists(raw)) {
            for (Row r : spark.read().parquet(raw.toString()).groupBy("site_code").count().collectAsList()) {
                bySite.put(r.isNullAt(0) ? "" : r.getString(0), r.getLong(1));
            }
        }
        return new SourceArrival(source, true, m.files().size(), m.rowsRead(), m.accepted(), m.quarantined(),
                new TreeMap<>(m.quarantinedByReason()), bySite);
    }

    /** The month's sites master, else the latest one before it (sites rarely change; a late master is common). */
    private Optional<YearMonth> sitesSnapshot(YearMonth period) {
        if (fs.exists(lake.raw(SITES, period))) {
            return Optional.of(period);
        }
        Path root = lake.rawRoot(SITES);
        if (!fs.exists(root)) {
            return Optional.empty();
        }
        YearMonth latest = null;
        for (YearMonth p : fs.periods(root)) {
            if (!p.isAfter(period)) {
                latest = p;
            }
        }
        return Optional.ofNullable(latest);
    }
}
