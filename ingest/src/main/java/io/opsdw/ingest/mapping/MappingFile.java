package io.opsdw.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.FieldType;
import io.opsdw.lakecontract.contract.SourceContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's mapping file: per source, how their export differs from the contract (see {@link SourceMapping}), and the
 * master rows ({@code masters:}, e.g. the sites and departments) an export implies but does not carry. The format is
 * documented key by key in docs/mappings.md.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MappingFile(@JsonProperty("sources") LinkedHashMap<String, SourceMapping> sources,
                          @JsonProperty("masters") LinkedHashMap<String, List<LinkedHashMap<String, String>>> masters) {

    public MappingFile {
        sources = sources == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sources);
        masters = masters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(masters);
    }

    public static MappingFile empty() {
        return new MappingFile(null, null);
    }

    /** Master rows declared for a master source (field -> value per row); empty when none are. */
    public List<Map<String, String>> declaredMasters(String source) {
        return masters.getOrDefault(source, List.of()).stream().map(r -> (Map<String, String>) r).toList();
    }


    public Optional<SourceMapping> forSource(String source) {
        return Optional.ofNullable(sources.get(source));
    }

    public static MappingFile read(Path file, ContractRegistry contracts) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), contracts);
        } catch (IOException e) {
            throw new IngestException("mapping file " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    public static MappingFile parse(InputStream in, String name, ContractRegistry contracts) {
        MappingFile mapping;
        try {
            mapping = new ObjectMapper(new YAMLFactory()).readValue(in, MappingFile.class);
        } catch (IOException e) {
            throw new IngestException("mapping file " + name + ": not valid mapping YAML (" + firstLine(e) + ")", e);
        }
        if (mapping == null) {
            return empty();
        }
        mapping.check(name, contracts);
        return mapping;
    }

    /** Names in a mapping must exist in the contract; a typo would otherwise silently drop a column. */
    private void check(String name, ContractRegistry contracts) {
        for (Map.Entry<String, SourceMapping> e : sources.entrySet()) {
            SourceContract c = contracts.find(e.getKey()).orElseThrow(() -> new IngestException(
                    "mapping file " + name + ": unknown source '" + e.getKey() + "'; use one of the contract names"));
            SourceMapping m = e.getValue();
            for (String pattern : m.filePatterns()) {
                if (pattern.contains("/") || pattern.contains("\\") || pattern.contains("..")) {
                    throw new IngestException("mapping file " + name + ": " + c.source() + ".file_patterns entry '" + pattern
                            + "' names a path; patterns match file names inside the input folder only (e.g. 'complaints*.csv')");
                }
            }
            m.headers().values().forEach(f -> requireField(name, c, f, "headers"));
            m.constants().keySet().forEach(f -> requireField(name, c, f, "constants"));
            m.templates().keySet().forEach(f -> requireField(name, c, f, "templates"));
            m.optional().forEach(f -> requireField(name, c, f, "optional"));
            m.nullTokens().keySet().stream().filter(f -> !f.equals(SourceMapping.ALL_FIELDS))
                    .forEach(f -> requireField(name, c, f, "null_tokens"));
            checkCodes(name, c, m);
            if (m.unpivot() != null) {
                requireField(name, c, m.unpivot().nameField(), "unpivot.name_field");
                requireField(name, c, m.unpivot().valueField(), "unpivot.value_field");
            }
        }
        checkMasters(name, contracts);
    }

    /**
     * Added codes extend a code field with labels in every report language; a fallback names a code the field then
     * has; a value mapped under {@code codes} must map to one of them. Checked here so a typo stops the load.
     */
    private static void checkCodes(String name, SourceContract c, SourceMapping m) {
        m.addCodes().forEach((field, added) -> {
            FieldSpec f = requireCodeField(name, c, field, "add_codes");
            if (added == null || added.isEmpty()) {
                throw new IngestException("mapping file " + name + ": " + c.source() + ".add_codes." + field + " adds no codes");
            }
            added.forEach((code, labels) -> {
                if (!code.equals(code.strip().toLowerCase(java.util.Locale.ROOT)) || code.isEmpty()) {
                    throw new IngestException("mapping file " + name + ": " + c.source() + ".add_codes." + field + " code '" + code
                            + "' must be lower case without spaces at its ends (codes are stored as written)");
                }
                if (f.codeAliases().containsKey(code)) {
                    throw new IngestException("mapping file " + name + ": " + c.source() + ".add_codes." + field + " adds '" + code
                            + "', which the contract already has; map values to it under codes: instead");
                }
                for (String language : ContractRegistry.LABEL_LANGUAGES) {
                    String label = labels == null ? null : labels.get(language);
                    if (label == null || label.isBlank()) {
                        throw new IngestException("mapping file " + name + ": " + c.source() + ".add_codes." + field + "." + code
                                + " needs a " + language + " label (e.g. {zh-CN: 其他, en: Other}); the reports print both");
                    }
                }
                if (labels.size() > ContractRegistry.LABEL_LANGUAGES.size()) {
                    throw new IngestException("mapping file " + name + ": " + c.source() + ".add_codes." + field + "." + code
                            + " labels languages other than " + ContractRegistry.LABEL_LANGUAGES);
                }
            });
        });
        m.codes().forEach((field, values) -> {
            requireField(name, c, field, "codes");
            FieldSpec f = c.field(field).orElseThrow();
            if (f.type() != FieldType.CODE || values == null) {
                return;
            }
            values.forEach((value, code) -> requireKnownCode(name, c, f, m, code, "codes." + field + " maps '" + value + "' to"));
        });
        m.fallbackCodes().forEach((field, code) -> {
            FieldSpec f = requireCodeField(name, c, field, "fallback_codes");
            requireKnownCode(name, c, f, m, code, "fallback_codes." + field + " names");
        });
    }

    private static FieldSpec requireCodeField(String name, SourceContract c, String field, String where) {
        requireField(name, c, field, where);
        FieldSpec f = c.field(field).orElseThrow();
        if (f.type() != FieldType.CODE) {
            throw new IngestException("mapping file " + name + ": " + c.source() + "." + where + " names '" + field
                    + "', which is not a code field");
        }
        return f;
    }

    private static void requireKnownCode(String name, SourceContract c, FieldSpec f, SourceMapping m, String code, String what) {
        if (!f.codeAliases().containsKey(code) && !m.addedCodesFor(f.name()).containsKey(code)) {
            java.util.Set<String> known = new java.util.LinkedHashSet<>(f.codeAliases().keySet());
            known.addAll(m.addedCodesFor(f.name()).keySet());
            throw new IngestException("mapping file " + name + ": " + c.source() + "." + what + " unknown code '" + code
                    + "'; codes are " + known + " (add one under add_codes:)");
        }
    }

    private void checkMasters(String name, ContractRegistry contracts) {
        for (var e : masters.entrySet()) {
            SourceContract c = contracts.find(e.getKey()).orElseThrow(() -> new IngestException(
                    "mapping file " + name + ": masters names unknown source '" + e.getKey() + "'; declare sites or departments"));
            if (!c.isMaster()) {
                throw new IngestException("mapping file " + name + ": masters." + c.source() + " is not master data; "
                        + "only master sources (sites, departments, ...) can be declared in a mapping");
            }
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw new IngestException("mapping file " + name + ": masters." + c.source() + " declares no rows");
            }
            for (Map<String, String> row : e.getValue()) {
                row.keySet().forEach(f -> requireField(name, c, f, "masters"));
            }
        }
    }

    private static void requireField(String name, SourceContract c, String field, String where) {
        if (c.field(field).isEmpty()) {
            throw new IngestException("mapping file " + name + ": " + c.source() + "." + where + " names unknown field '"
                    + field + "'; fields are listed in docs/sources.md, mapping keys in docs/mappings.md");
        }
    }

    private static String firstLine(IOException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
