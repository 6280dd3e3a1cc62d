package io.opsdw.transforms.unit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One dbt-style unit test of one model: given rows for some of its inputs, the rows it must produce (or the error it
 * must raise). Read from {@code unit_tests/<layer>/<model>.yml}; see docs/transforms-testing.md.
 *
 * @param file        resource path of the YAML file, for messages
 * @param model       model under test (the file name)
 * @param name        case name, unique within the file
 * @param period      period the model is rendered for ({@code {{ period }}}, and the default {@code period} column
 *                    of source rows)
 * @param given       rows per input; inputs not listed are empty
 * @param expect      expected rows, only the columns listed are compared; null when {@code expectError} is set
 * @param expectError text the model's error message must contain; null when rows are expected
 * @param where       optional SQL predicate applied to the model's output before comparing
 * @param ordered     compare in order (default: as a multiset)
 */
public record UnitCase(String file, String model, String name, String description, YearMonth period,
                       List<Given> given, List<Map<String, JsonNode>> expect, String expectError, String where,
                       boolean ordered) {

    /** Rows for one input, named as in the model's SQL: {@code ref('m')}, {@code source('s')}, {@code source_all('s')}. */
    public record Given(String input, List<Map<String, JsonNode>> rows) {
    }

    /** "fact_complaint › resolved at 23:59 ... (unit_tests/facts/fact_complaint.yml)" */
    public String label() {
        return model + " › " + name + " (" + file + ")";
    }
}
