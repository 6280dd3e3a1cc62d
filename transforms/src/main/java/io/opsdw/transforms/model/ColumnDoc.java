package io.opsdw.transforms.model;

/** One column of a model: its name and what it means (for the data dictionary and DuckDB comments). */
public record ColumnDoc(String name, String description) {
}
