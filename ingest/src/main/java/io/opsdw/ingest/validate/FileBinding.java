package io.opsdw.ingest.validate;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.FieldType;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.mapping.Unpivot;
import io.opsdw.ingest.read.TextKeys;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a file's header row against the contract (canonical name or any alias, case / whitespace / full-width /
 * traditional-simplified insensitive) and the mapping (renames, constants, templates, unpivot). Built on the driver
 * once per file, so a missing required column stops the source before any task runs.
 *
 * @param sources        per contract field, in contract order
 * @param headerWidth    number of header columns (a data row with more non-empty cells is malformed)
 * @param unpivotColumns column indexes unpivoted into rows (empty when the layout is long already)
 * @param unpivotHeaders their header text, trimmed (the value of the unpivot name field)
 * @param unknownColumns headers that map to nothing (listed in the manifest)
 * @param warnings       notes for the manifest
 * @param headerTexts    the header row's cells as written
 */
public record FileBinding(List<ColumnSource> sources, int headerWidth, List<Integer> unpivotColumns,
                          List<String> unpivotHeaders, List<String> unknownColumns, List<String> warnings,
                          List<String> headerTexts) implements Serializable {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    /** A mapping {@code headers:} key naming a column by its position, 1-based: {@code "#3"}. */
    private static final Pattern POSITION = Pattern.compile("#(\\d+)");

    public boolean unpivoted() {
        return !unpivotColumns.isEmpty();
    }

    /** How many header cells name a contract field: the measure of a plausible decoding. */
    public static int matchingHeaders(List<String> header, SourceContract contract, SourceMapping mapping) {
        Map<String, String> fieldByKey = fieldsByHeaderKey(contract, mapping);
        return (int) header.stream().filter(h -> fieldByKey.containsKey(TextKeys.key(h))).count();
    }

    private static Map<String, String> fieldsByHeaderKey(SourceContract contract, SourceMapping mapping) {
        Map<String, String> fieldByKey = new HashMap<>();
        for (FieldSpec f : contract.fields()) {
            fieldByKey.putIfAbsent(TextKeys.key(f.name()), f.name());
            for (String a : f.aliases()) {
                fieldByKey.putIfAbsent(TextKeys.key(a), f.name());
            }
        }
        // the mapping's renames win over contract aliases
        mapping.headers().forEach((h, f) -> fieldByKey.put(TextKeys.key(h), f));
        return fieldByKey;
    }

    public static FileBinding bind(String fileName, List<String> header, SourceContract contract, SourceMapping mapping) {
        Map<String, Integer> columnByKey = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columnByKey.putIfAbsent(TextKeys.key(header.get(i)), i);
        }
        Unpivot unpivot = mapping.unpivot();
        List<Integer> unpivotColumns = new ArrayList<>();
        List<String> unpivotHeaders = new ArrayList<>();
        if (unpivot != null) {
            List<String> idKeys = unpivot.idColumns().stream().map(TextKeys::key).toList();
            for (String id : unpivot.idColumns()) {
                if (!columnByKey.containsKey(TextKeys.key(id))) {
                    throw new IngestException("file " + fileName + ": unpivot id column '" + id
                            + "' is not in the header; fix unpivot.id_columns in the mapping file");
                }
            }
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (h != null && !h.isBlank() && !idKeys.contains(TextKeys.key(h))) {
                    unpivotColumns.add(i);
                    unpivotHeaders.add(h.strip());
                }
            }
        }

        // A field the mapping feeds explicitly (a header rename, a column position, a template, a constant, the
        // unpivot) takes nothing from the contract's aliases: that is how a mapping settles two columns naming one field.
        Map<String, String> renamed = new HashMap<>();
        Map<Integer, String> byPosition = new HashMap<>();
        mapping.headers().forEach((h, f) -> {
            Matcher pos = POSITION.matcher(h.strip());
            if (pos.matches()) {
                byPosition.put(Integer.parseInt(pos.group(1)) - 1, f);
            } else {
                renamed.put(TextKeys.key(h), f);
            }
        });
        Set<String> mapped = new HashSet<>(mapping.headers().values());
        mapped.addAll(mapping.templates().keySet());
        mapped.addAll(mapping.constants().keySet());
        if (unpivot != null) {
            mapped.add(unpivot.nameField());
            mapped.add(unpivot.valueField());
        }
        Map<String, String> aliases = fieldsByHeaderKey(contract, SourceMapping.none());

        Map<String, ColumnSource> byField = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (unpivotColumns.contains(i)) {
                continue;
            }
            String h = header.get(i) == null ? "" : header.get(i).strip();
            String field = byPosition.get(i);
            if (field == null) {
                field = renamed.get(TextKeys.key(h));
            }
            if (field == null) {
                String alias = aliases.get(TextKeys.key(h));
                field = alias != null && !mapped.contains(alias) ? alias : null;
            }
            if (field == null) {
                if (!h.isEmpty()) {
                    unknown.add(h);
                }
            } else if (byField.get(field) instanceof ColumnSource.Column first) {
                throw collision(fileName, contract, field, first, i, h);
            } else {
                byField.put(field, new ColumnSource.Column(i, h));
            }
        }
        mapping.constants().forEach((f, v) -> byField.put(f, new ColumnSource.Constant(v)));
        mapping.templates().forEach((f, t) -> byField.put(f, template(fileName, t, columnByKey)));
        // a column read by a template only (an invoice number inside a line id) is used, not unknown
        Set<String> templated = new HashSet<>();
        mapping.templates().values().forEach(t -> {
            Matcher m = PLACEHOLDER.matcher(t);
            while (m.find()) {
                templated.add(TextKeys.key(m.group(1)));
            }
        });
        unknown.removeIf(h -> templated.contains(TextKeys.key(h)));
        if (unpivot != null) {
            byField.put(unpivot.nameField(), new ColumnSource.UnpivotName());
            byField.put(unpivot.valueField(), new ColumnSource.UnpivotValue());
        }

        List<ColumnSource> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (FieldSpec f : contract.fields()) {
            ColumnSource s = byField.get(f.name());
            if (s == null) {
                if (f.required() && !mapping.optional().contains(f.name())) {
                    missing.add(f.name() + " (" + String.join("/", f.aliases()) + ")");
                }
                s = new ColumnSource.Absent();
            }
            sources.add(s);
        }
        if (!missing.isEmpty()) {
            throw new IngestException("file " + fileName + ": missing required column(s) " + String.join(", ", missing)
                    + " for source " + contract.source() + "; add the column, or map the export's header to it in a mapping file (headers:)");
        }
        return new FileBinding(List.copyOf(sources), header.size(), List.copyOf(unpivotColumns),
                List.copyOf(unpivotHeaders), List.copyOf(unknown),
                List.copyOf(warnings), header.stream().map(h -> h == null ? "" : h).toList());
    }

    /**
     * Two columns naming one field: which one is meant cannot be guessed (a running number 编号 beside 投诉单号 would
     * land as every complaint's id), so the file stops with the mapping line that settles it.
     */
    private static IngestException collision(String fileName, SourceContract contract, String field, ColumnSource.Column first,
                                             int second, String secondHeader) {
        String key = first.header().equals(secondHeader) ? "\"#" + (second + 1) + "\"" : secondHeader;
        boolean time = contract.field(field).map(f -> f.type() == FieldType.TIMESTAMP).orElse(false);
        return new IngestException("file " + fileName + ": columns '" + first.header() + "' (column " + (first.index() + 1) + ") and '"
                + secondHeader + "' (column " + (second + 1) + ") both name field " + field + "; say which one it is in a mapping file: "
                + "sources: {" + contract.source() + ": {headers: {" + key + ": " + field + "}}}"
                + (time ? ", or combine a date and a time column: templates: {" + field + ": \"{" + first.header() + "} {" + secondHeader + "}\"}" : ""));
    }

    private static ColumnSource template(String fileName, String text, Map<String, Integer> columnByKey) {
        List<ColumnSource.Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new ColumnSource.Part(text.substring(last, m.start()), -1, null));
            }
            String name = m.group(1);
            if (name.equals("_line") || name.equals("_file")) {
                parts.add(new ColumnSource.Part(null, -1, name));
            } else {
                Integer col = columnByKey.get(TextKeys.key(name));
                if (col == null) {
                    throw new IngestException("file " + fileName + ": template placeholder {" + name
                            + "} names no column of the header; fix templates in the mapping file");
                }
                parts.add(new ColumnSource.Part(null, col, null));
            }
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new ColumnSource.Part(text.substring(last), -1, null));
        }
        return new ColumnSource.Template(List.copyOf(parts));
    }
}
