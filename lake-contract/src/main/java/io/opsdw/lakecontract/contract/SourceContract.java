package io.opsdw.lakecontract.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A source export's contract: its fields, the field that assigns a row to a period, its natural key. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SourceContract(
        @JsonProperty(value = "source", required = true) String source,
        @JsonProperty(value = "group", required = true) String group,
        @JsonProperty("title") Map<String, String> title,
        @JsonProperty("grain") String grain,
        @JsonProperty("period_field") String periodField,
        @JsonProperty(value = "key", required = true) List<String> key,
        @JsonProperty("file_patterns") List<String> filePatterns,
        @JsonProperty("form_names") List<String> formNames,
        @JsonProperty(value = "fields", required = true) List<FieldSpec> fields) implements Serializable {

    public SourceContract {
        title = title == null ? Map.of() : Map.copyOf(title);
        key = List.copyOf(key);
        filePatterns = filePatterns == null ? List.of() : List.copyOf(filePatterns);
        formNames = formNames == null ? List.of() : List.copyOf(formNames);
        fields = List.copyOf(fields);
    }

    /**
     * The names the export's form goes by (its zh-CN title and {@code form_names}): a file whose name contains one,
     * e.g. 顾客投诉登记表_2026-10.csv or 2026年10月客户投诉单.xlsx, belongs to this source. A title naming alternatives
     * ("门店/项目主数据") is not a form name.
     */
    public List<String> formNamesWithTitle() {
        List<String> names = new ArrayList<>();
        String zh = title.get("zh-CN");
        if (zh != null && !zh.contains("/")) {
            names.add(zh);
        }
        names.addAll(formNames);
        return names;
    }

    /** A master snapshot (group master): no period field, the whole file belongs to the period it is ingested for. */
    public boolean isMaster() {
        return "master".equals(group);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
