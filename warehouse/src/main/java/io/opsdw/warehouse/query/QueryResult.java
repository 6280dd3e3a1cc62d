package io.opsdw.warehouse.query;

import java.util.List;

/** Column names and rows of a query, small enough to print. */
public record QueryResult(List<String> columns, List<List<Object>> rows) {
}
