package io.opsdw.warehouse.completeness;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.warehouse.config.DwSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which exports a month must hold (dw.completeness), checked against the source contracts: the company-wide sources
 * once, and for every site the list of its business line, or its own list where one is configured.
 */
public record Expectations(List<String> company, Map<String, List<String>> businessLines, Map<String, List<String>> sites) {

    public static Expectations of(DwSettings.Completeness settings, ContractRegistry contracts) {
        Set<String> named = new LinkedHashSet<>(settings.company());
        settings.businessLines().values().forEach(named::addAll);
        settings.sites().values().forEach(named::addAll);
        for (String source : named) {
            if (contracts.find(source).isEmpty()) {
                throw new IllegalArgumentException("dw.completeness names the source '" + source + "', which has no contract; known: "
                        + String.join(", ", contracts.all().stream().map(SourceContract::source).sorted().toList()));
            }
        }
        return new Expectations(settings.company(), new TreeMap<>(settings.businessLines()), new TreeMap<>(settings.sites()));
    }

    /** What one site must deliver; empty when neither the site nor its business line has a list. */
    public Optional<List<String>> forSite(String siteCode, String businessLine) {
        if (sites.containsKey(siteCode)) {
            return Optional.of(sites.get(siteCode));
        }
        return Optional.ofNullable(businessLine == null ? null : businessLines.get(businessLine));
    }

    /** Every source some site must deliver, in the order configured. */
    public List<String> perSiteSources() {
        Set<String> all = new LinkedHashSet<>();
        businessLines.values().forEach(all::addAll);
        sites.values().forEach(all::addAll);
        return new ArrayList<>(all);
    }
}
