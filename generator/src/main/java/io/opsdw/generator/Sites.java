package io.opsdw.generator;

import io.opsdw.generator.Catalog.Line;
import io.opsdw.generator.Catalog.Site;
import java.util.List;

/** Picks sites in proportion to their traffic. */
final class Sites {

    private Sites() {
    }

    static Site pick(Rng rng, List<Site> sites) {
        double[] weights = sites.stream().mapToDouble(Site::traffic).toArray();
        return rng.weighted(sites, weights);
    }

    static List<Site> of(Line line) {
        return Catalog.SITES.stream().filter(s -> s.line() == line).toList();
    }
}
