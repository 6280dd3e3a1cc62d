package io.opsdw.lakecontract.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a source contract, exactly as declared in {@code contracts/<source>.yml}.
 * {@code references} is checked at ingest against the master source of the same period; {@code lookup} is not
 * (late-arriving members are the transforms' job). {@code notBefore} names a timestamp field this one may not
 * precede (e.g. resolved_at not before received_at). {@code identifier} marks a text that names something (a phone
 * number); keys, references and lookups are identifiers anyway. {@code labels} names every code of a code field in
 * zh-CN and en: the one source of the labels the dimensions, views and reports print (never the code itself).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FieldSpec(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "type", required = true) FieldType type,
        @JsonProperty("required") boolean required,
        @JsonProperty("aliases") List<String> aliases,
        @JsonProperty("description") String description,
        @JsonProperty("min") BigDecimal min,
        @JsonProperty("max") BigDecimal max,
        @JsonProperty("max_length") Integer maxLength,
        @JsonProperty("codes") LinkedHashMap<String, List<String>> codes,
        @JsonProperty("labels") LinkedHashMap<String, Map<String, String>> labels,
        @JsonProperty("references") String references,
        @JsonProperty("lookup") String lookup,
        @JsonProperty("pii") boolean pii,
        @JsonProperty("not_before") String notBefore,
        @JsonProperty("identifier") boolean identifier,
        @JsonProperty("format") String format) implements Serializable {

    /** {@code format} of a string field holding an IANA time zone id (checked, stored as the canonical id). */
    public static final String TIME_ZONE_FORMAT = "iana_time_zone";


    public FieldSpec {
        if (format != null && !format.equals(TIME_ZONE_FORMAT)) {
            throw new IllegalArgumentException("field " + name + ": unknown format '" + format + "'");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        codes = codes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(codes);
        labels = labels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(labels);
    }

    /** The label of a code in a language tag ({@code zh-CN} or {@code en}); null when the contract has none. */
    public String label(String code, String languageTag) {
        Map<String, String> byLanguage = labels.get(code);
        return byLanguage == null ? null : byLanguage.get(languageTag);
    }

    public Map<String, List<String>> codeAliases() {
        return codes;
    }

    /**
     * A text naming something rather than saying something: stored normalised ({@code read.TextKeys#canonical}), and
     * refused in scientific notation (a spreadsheet has already lost its digits).
     */
    public boolean isIdentifier(SourceContract c) {
        return identifier || references != null || lookup != null || c.key().contains(name);
    }
}
