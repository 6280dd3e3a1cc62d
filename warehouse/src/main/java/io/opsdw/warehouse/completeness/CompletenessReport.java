package io.opsdw.warehouse.completeness;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What arrived for a month, per source and per site, against what was expected; {@link #gaps()} is what is missing.
 *
 * @param sitesSnapshot the month of the sites master the sites were taken from (the month itself, else the latest
 *                      before it); null when there is none, and then no site can be checked
 */
public record CompletenessReport(
        @JsonProperty("period") @JsonSerialize(using = ToStringSerializer.class) YearMonth period,
        @JsonProperty("sites_snapshot") @JsonSerialize(using = ToStringSerializer.class) YearMonth sitesSnapshot,
        @JsonProperty("sources") List<SourceArrival> sources,
        @JsonProperty("sites") List<SiteStatus> sites,
        @JsonProperty("missing") List<Gap> gaps,
        @JsonProperty("notes") List<String> notes) {

    public CompletenessReport {
        sources = List.copyOf(sources);
        sites = List.copyOf(sites);
        gaps = List.copyOf(gaps);
        notes = List.copyOf(notes);
    }

    /** What arrived of one source (its manifest) and how many accepted rows each site has in it. */
    public record SourceArrival(
            @JsonProperty("source") String source,
            @JsonProperty("arrived") boolean arrived,
            @JsonProperty("files") int files,
            @JsonProperty("rows_read") long rowsRead,
            @JsonProperty("accepted") long accepted,
            @JsonProperty("quarantined") long quarantined,
            @JsonProperty("quarantined_by_reason") Map<String, Long> quarantinedByReason,
            @JsonProperty("rows_by_site") Map<String, Long> rowsBySite) {

        public static SourceArrival absent(String source) {
            return new SourceArrival(source, false, 0, 0, 0, 0, Map.of(), Map.of());
        }
    }

    /** One site's rows of one source; {@code status}: ok, missing (required, no rows), rows (not required, some), - (neither). */
    public record SiteSource(@JsonProperty("source") String source, @JsonProperty("expected") boolean expected,
                             @JsonProperty("rows") long rows) {

        @JsonProperty("status")
        public String status() {
            return expected ? (rows > 0 ? "ok" : "missing") : (rows > 0 ? "rows" : "-");
        }
    }

    public record SiteStatus(@JsonProperty("site_code") String siteCode, @JsonProperty("site_name") String siteName,
                             @JsonProperty("business_line") String businessLine, @JsonProperty("sources") List<SiteSource> sources) {
    }

    /** A source missing for one site, or for the company ({@code site} null: a company-wide source, or no sites known). */
    public record Gap(@JsonProperty("site") String site, @JsonProperty("source") String source) {
    }

    @JsonProperty("complete")
    public boolean complete() {
        return gaps.isEmpty();
    }

    /** The gaps that concern reports for these sites (and the company-wide gaps); all of them for a company-wide run. */
    public List<Gap> gapsFor(Collection<String> siteCodes, boolean companyWide) {
        return companyWide ? gaps : gaps.stream().filter(g -> g.site() == null || siteCodes.contains(g.site())).toList();
    }

    /** One line for an operator: what is missing, grouped by source. */
    public static String describe(YearMonth period, List<Gap> gaps) {
        Map<String, List<String>> sitesBySource = new LinkedHashMap<>();
        for (Gap g : gaps) {
            sitesBySource.computeIfAbsent(g.source(), k -> new ArrayList<>());
            if (g.site() != null) {
                sitesBySource.get(g.source()).add(g.site());
            }
        }
        List<String> parts = new ArrayList<>();
        sitesBySource.forEach((source, sites) -> {
            if (sites.isEmpty()) {
                parts.add("no " + source + " export");
            } else {
                String listed = String.join(", ", sites.subList(0, Math.min(5, sites.size())));
                parts.add(source + " missing for " + listed + (sites.size() > 5 ? " and " + (sites.size() - 5) + " more" : ""));
            }
        });
        return period + " is incomplete: " + String.join("; ", parts);
    }
}
