package io.opsdw.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one export layout maps onto a source contract, so a differently laid-out export ingests without code
 * changes. Every part is optional; an empty mapping behaves like the contract alone.
 *
 * @param filePatterns  globs (file name, case-insensitive) that select files for this source; override the contract's
 * @param encoding      declared charset (else BOM / detection)
 * @param delimiter     field delimiter (else detected among , ; tab |)
 * @param skipRows      physical lines to skip before the header row (titles above a table)
 * @param headers       export header -> contract field
 * @param codes         field -> (export value -> canonical code)
 * @param dateFormats   extra java.time patterns for date and timestamp fields (tried after the built-in ones)
 * @param constants     field -> value for every row (e.g. one site for the whole file)
 * @param templates     field -> text with {Header} / {_line} / {_file} placeholders (e.g. a line-level id)
 * @param nullTokens    field (or "*") -> values that mean "not captured" and are treated as empty
 * @param optional      contract-required fields this export does not carry (landed as null, not rejected)
 * @param unpivot       wide layout to unpivot
 * @param addCodes      field -> (new code -> language -> label): codes added to the contract's code list
 * @param fallbackCodes field -> code for a value that is none of the field's codes (counted, not quarantined)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SourceMapping(
        @JsonProperty("file_patterns") List<String> filePatterns,
        @JsonProperty("encoding") String encoding,
        @JsonProperty("delimiter") String delimiter,
        @JsonProperty("skip_rows") int skipRows,
        @JsonProperty("headers") LinkedHashMap<String, String> headers,
        @JsonProperty("codes") LinkedHashMap<String, LinkedHashMap<String, String>> codes,
        @JsonProperty("date_formats") List<String> dateFormats,
        @JsonProperty("constants") LinkedHashMap<String, String> constants,
        @JsonProperty("templates") LinkedHashMap<String, String> templates,
        @JsonProperty("null_tokens") LinkedHashMap<String, List<String>> nullTokens,
        @JsonProperty("optional") List<String> optional,
        @JsonProperty("unpivot") Unpivot unpivot,
        @JsonProperty("description") String description,
        @JsonProperty("add_codes") LinkedHashMap<String, LinkedHashMap<String, LinkedHashMap<String, String>>> addCodes,
        @JsonProperty("fallback_codes") LinkedHashMap<String, String> fallbackCodes) implements Serializable {

    public static final String ALL_FIELDS = "*";

    public SourceMapping {
        filePatterns = filePatterns == null ? List.of() : List.copyOf(filePatterns);
        headers = headers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(headers);
        codes = codes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(codes);
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        constants = constants == null ? new LinkedHashMap<>() : new LinkedHashMap<>(constants);
        templates = templates == null ? new LinkedHashMap<>() : new LinkedHashMap<>(templates);
        nullTokens = nullTokens == null ? new LinkedHashMap<>() : new LinkedHashMap<>(nullTokens);
        optional = optional == null ? List.of() : List.copyOf(optional);
        addCodes = addCodes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(addCodes);
        fallbackCodes = fallbackCodes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fallbackCodes);
        if (skipRows < 0) {
            throw new IllegalArgumentException("skip_rows must be >= 0");
        }
    }

    public static SourceMapping none() {
        return new SourceMapping(null, null, null, 0, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Map<String, String> codesFor(String field) {
        return codes.getOrDefault(field, new LinkedHashMap<>());
    }

    /** Codes this mapping adds to a field's code list: code -> language tag -> label. */
    public Map<String, LinkedHashMap<String, String>> addedCodesFor(String field) {
        return addCodes.getOrDefault(field, new LinkedHashMap<>());
    }

    public List<String> nullTokensFor(String field) {
        List<String> all = new java.util.ArrayList<>(nullTokens.getOrDefault(ALL_FIELDS, List.of()));
        all.addAll(nullTokens.getOrDefault(field, List.of()));
        return all;
    }
}
