package io.opsdw.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The exports a month is missing, printed as the "partial data" banner on the reports rendered anyway. Empty for a
 * complete month (no banner). A site's report names the gaps of that site and of the company-wide sources; the
 * company-wide report names them all.
 */
public record DataGaps(List<Gap> gaps) {

    private static final int LISTED = 8;

    /** A source missing for a site, or for the whole company when {@code siteCode} is null; titles per language. */
    public record Gap(String siteCode, String sourceZh, String sourceEn) {
    }

    public DataGaps {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    public static DataGaps none() {
        return new DataGaps(List.of());
    }

    public boolean isEmpty() {
        return gaps.isEmpty();
    }

    /** The banner's list for one report (null site: the company-wide one), or null when that report has no gap. */
    public String describe(String site, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        List<String> items = new ArrayList<>();
        for (Gap g : gaps) {
            if (site == null || g.siteCode() == null || Objects.equals(site, g.siteCode())) {
                String source = zh ? g.sourceZh() : g.sourceEn();
                items.add(g.siteCode() == null || site != null ? source : source + " (" + g.siteCode() + ")");
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        String separator = zh ? "、" : ", ";
        String listed = String.join(separator, items.subList(0, Math.min(LISTED, items.size())));
        int more = items.size() - LISTED;
        return more <= 0 ? listed : listed + (zh ? " 等另外 " + more + " 项" : " and " + more + " more");
    }
}
