package io.opsdw.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;

/**
 * Wide-to-long: every column that is not an id column becomes one row, its header going to {@code nameField}
 * and its cell to {@code valueField}. Each unpivoted cell counts as one row read.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Unpivot(
        @JsonProperty(value = "id_columns", required = true) List<String> idColumns,
        @JsonProperty(value = "name_field", required = true) String nameField,
        @JsonProperty(value = "value_field", required = true) String valueField) implements Serializable {

    public Unpivot {
        idColumns = List.copyOf(idColumns);
    }
}
