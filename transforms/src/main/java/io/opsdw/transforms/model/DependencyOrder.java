package io.opsdw.transforms.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders models so each comes after the models it refs (depth-first, declaration order breaks ties). */
public final class DependencyOrder {

    private DependencyOrder() {
    }

    public static List<ModelDef> sort(List<ModelDef> models) {
        Map<String, ModelDef> byName = new LinkedHashMap<>();
        models.forEach(m -> byName.put(m.name(), m));
        List<ModelDef> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ModelDef m : models) {
            visit(m, byName, done, new HashSet<>(), out);
        }
        return out;
    }

    private static void visit(ModelDef m, Map<String, ModelDef> byName, Set<String> done, Set<String> path,
                              List<ModelDef> out) {
        if (done.contains(m.name())) {
            return;
        }
        if (!path.add(m.name())) {
            throw new IllegalStateException("dependency cycle through model " + m.name());
        }
        for (String ref : m.refs()) {
            ModelDef dep = byName.get(ref);
            if (dep == null) {
                throw new IllegalStateException("model " + m.name() + " refs unknown model " + ref);
            }
            visit(dep, byName, done, path, out);
        }
        path.remove(m.name());
        done.add(m.name());
        out.add(m);
    }
}
