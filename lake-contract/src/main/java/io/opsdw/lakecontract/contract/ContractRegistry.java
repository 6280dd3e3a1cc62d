package io.opsdw.lakecontract.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opsdw.lakecontract.ResourceFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The source contracts, loaded from the YAML resources under {@code contracts/} (the single source of truth: a new
 * source is a new file there, no list to extend), in dependency order: a source comes after every master source it
 * {@code references}, so masters land first; masters before operational sources, then by name.
 */
public final class ContractRegistry {

    static final String FOLDER = "contracts";

    /** Master snapshots (sites, customers, ...) and operational exports (one row per event of a month). */
    public static final List<String> GROUPS = List.of("master", "operational");

    /** The report languages every code is labelled in. */
    public static final List<String> LABEL_LANGUAGES = List.of("zh-CN", "en");

    private final Map<String, SourceContract> contracts;

    private ContractRegistry(Map<String, SourceContract> contracts) {
        this.contracts = contracts;
    }

    public static ContractRegistry load() {
        return load(ContractRegistry.class.getClassLoader());
    }

    /** Every {@code contracts/*.yml} the class loader sees (all of its class-path entries). */
    public static ContractRegistry load(ClassLoader loader) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<SourceContract> loaded = new ArrayList<>();
        for (String resource : ResourceFolder.list(loader, FOLDER, ".yml")) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("contract resource missing: " + resource);
                }
                SourceContract contract = yaml.readValue(in, SourceContract.class);
                validate(contract, resource);
                if (!resource.equals(FOLDER + "/" + contract.source() + ".yml")) {
                    throw new IllegalStateException(resource + ": declares source " + contract.source()
                            + "; a contract's file is named after its source");
                }
                loaded.add(contract);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read contract " + resource + ": " + e.getMessage(), e);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no source contracts on the class path (" + FOLDER + "/*.yml)");
        }
        loaded.sort(Comparator.comparing((SourceContract c) -> !c.isMaster()).thenComparing(SourceContract::source));
        Map<String, SourceContract> byName = new LinkedHashMap<>();
        loaded.forEach(c -> byName.put(c.source(), c));
        return new ContractRegistry(dependencyOrder(byName));
    }

    static void validate(SourceContract c, String resource) {
        if (!GROUPS.contains(c.group())) {
            throw new IllegalStateException(resource + ": group must be one of " + GROUPS + ", not " + c.group());
        }
        if (c.isMaster() != (c.periodField() == null)) {
            throw new IllegalStateException(resource + (c.isMaster()
                    ? ": a master snapshot has no period_field (the whole file belongs to the period it is ingested for)"
                    : ": an operational source needs a period_field (the field that assigns a row to its month)"));
        }
        Set<String> names = new HashSet<>();
        for (FieldSpec f : c.fields()) {
            if (!names.add(f.name())) {
                throw new IllegalStateException(resource + ": duplicate field " + f.name());
            }
            if (f.type() == FieldType.CODE && f.codes().isEmpty()) {
                throw new IllegalStateException(resource + ": code field " + f.name() + " declares no codes");
            }
            validateLabels(f, resource);
        }
        for (String k : c.key()) {
            if (!names.contains(k)) {
                throw new IllegalStateException(resource + ": key field " + k + " is not a field");
            }
        }
        if (c.periodField() != null && !names.contains(c.periodField())) {
            throw new IllegalStateException(resource + ": period_field " + c.periodField() + " is not a field");
        }
        for (FieldSpec f : c.fields()) {
            if (f.notBefore() != null && !names.contains(f.notBefore())) {
                throw new IllegalStateException(resource + ": " + f.name() + ".not_before names no field");
            }
        }
    }

    /** Reports print labels, never codes: every code needs a zh-CN and an en label, and labels name only codes. */
    private static void validateLabels(FieldSpec f, String resource) {
        if (f.type() != FieldType.CODE) {
            if (!f.labels().isEmpty()) {
                throw new IllegalStateException(resource + ": " + f.name() + " has labels but is not a code field");
            }
            return;
        }
        for (String code : f.labels().keySet()) {
            if (!f.codes().containsKey(code)) {
                throw new IllegalStateException(resource + ": " + f.name() + ".labels names unknown code " + code);
            }
        }
        for (String code : f.codes().keySet()) {
            for (String language : LABEL_LANGUAGES) {
                String label = f.label(code, language);
                if (label == null || label.isBlank()) {
                    throw new IllegalStateException(resource + ": " + f.name() + " code " + code + " has no "
                            + language + " label (labels: {" + code + ": {zh-CN: ..., en: ...}})");
                }
            }
        }
    }

    /** Topological order on {@code references:} so a master is landed before the sources checked against it. */
    private static Map<String, SourceContract> dependencyOrder(Map<String, SourceContract> byName) {
        Map<String, SourceContract> ordered = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(byName.keySet());
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                SourceContract c = byName.get(it.next());
                boolean ready = c.fields().stream()
                        .map(FieldSpec::references)
                        .filter(r -> r != null && !r.equals(c.source()))
                        .allMatch(ordered::containsKey);
                if (ready) {
                    ordered.put(c.source(), c);
                    it.remove();
                    progressed = true;
                    break; // start again from the first pending: masters stay ahead of operational sources
                }
            }
            if (!progressed) {
                throw new IllegalStateException("contracts reference each other in a cycle: " + pending);
            }
        }
        return ordered;
    }

    public Collection<SourceContract> all() {
        return contracts.values();
    }

    public Optional<SourceContract> find(String source) {
        return Optional.ofNullable(contracts.get(source));
    }

    /** The other sources {@code source}'s fields reference ({@code references:}): landed before it, checked against. */
    public List<String> dependenciesOf(String source) {
        SourceContract c = get(source);
        return c.fields().stream().map(FieldSpec::references).filter(r -> r != null && !r.equals(source))
                .distinct().sorted().toList();
    }

    /**
     * The dependency waves: wave 0 references nothing, wave n only sources of earlier waves, so the sources of one wave
     * are independent of each other (ingest lands them concurrently).
     */
    public Map<String, Integer> waves() {
        Map<String, Integer> wave = new LinkedHashMap<>();
        for (String source : contracts.keySet()) { // dependency order: a source's references come before it
            wave.put(source, dependenciesOf(source).stream().mapToInt(r -> wave.get(r) + 1).max().orElse(0));
        }
        return wave;
    }

    /** The source names, in dependency order. */
    public List<String> names() {
        return List.copyOf(contracts.keySet());
    }

    public SourceContract get(String source) {
        return find(source).orElseThrow(() -> new IllegalArgumentException(
                "unknown source '" + source + "'; known sources: " + String.join(", ", contracts.keySet())));
    }
}
