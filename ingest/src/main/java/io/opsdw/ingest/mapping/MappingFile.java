package io.opsdw.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.ContractRegistry;
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
            m.codes().keySet().forEach(f -> requireField(name, c, f, "codes"));
            m.constants().keySet().forEach(f -> requireField(name, c, f, "constants"));
            m.templates().keySet().forEach(f -> requireField(name, c, f, "templates"));
            m.optional().forEach(f -> requireField(name, c, f, "optional"));
            m.nullTokens().keySet().stream().filter(f -> !f.equals(SourceMapping.ALL_FIELDS))
                    .forEach(f -> requireField(name, c, f, "null_tokens"));
            if (m.unpivot() != null) {
                requireField(name, c, m.unpivot().nameField(), "unpivot.name_field");
                requireField(name, c, m.unpivot().valueField(), "unpivot.value_field");
            }
        }
        checkMasters(name, contracts);
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
