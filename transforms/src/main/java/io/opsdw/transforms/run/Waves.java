package io.opsdw.transforms.run;

import io.opsdw.transforms.model.ModelDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups dependency-sorted models into waves: a model's wave is one more than the latest wave of the models it
 * refs, so the models of one wave are independent and may be built concurrently (small Spark jobs are
 * latency-bound, so running them side by side saves most of the wall time).
 */
public final class Waves {

    private Waves() {
    }

    public static List<List<ModelDef>> of(List<ModelDef> sorted) {
        Map<String, Integer> wave = new HashMap<>();
        TreeMap<Integer, List<ModelDef>> waves = new TreeMap<>();
        for (ModelDef m : sorted) {
            int w = m.refs().stream().mapToInt(r -> wave.getOrDefault(r, 0) + 1).max().orElse(0);
            wave.put(m.name(), w);
            waves.computeIfAbsent(w, k -> new ArrayList<>()).add(m);
        }
        return List.copyOf(waves.values());
    }
}
