package io.opsdw.transforms.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness itself: what a failing case prints, and that bad definitions stop with one clear line. */
class UnitHarnessTest {

    private static final String SITES = """
            period: 2026-10
            cases:
              - name: sites
                given:
                  - input: source_all('sites')
                    rows:
                      - {site_code: " s01 ", site_name: 盛世影楼, business_line: Studio, period: "2026-09"}
                      - {site_code: S02, site_name: 大都会售楼处, business_line: sales_centre}
                expect:
            """;

    @Test
    void aMatchingCasePassesAndSourceRowsDefaultToTheCasePeriod() {
        assertThat(check("stg_sites", SITES + """
                      - {site_code: S01, business_line: studio, snapshot_period: "2026-09"}
                      - {site_code: S02, business_line: sales_centre, snapshot_period: "2026-10"}
                """)).isNull();
    }

    @Test
    void aFailingCaseShowsMissingAndUnexpectedRowsAndWhatDiffersForTheSameKey() {
        String diff = check("stg_sites", SITES + """
                      - {site_code: S01, business_line: property}
                      - {site_code: S03, business_line: studio}
                """);
        assertThat(diff).startsWith("2 expected rows missing, 2 unexpected rows (2 expected, 2 produced)")
                .contains("compared columns: site_code, business_line")
                .contains("~ site_code \"S01\": business_line expected \"property\", got \"studio\"")
                .contains("- missing:    {site_code: \"S03\", business_line: \"studio\"}")
                .contains("+ unexpected: {site_code: \"S02\", business_line: \"sales_centre\"}")
                .contains("the model produced (compared columns):");
    }

    @Test
    void anOrderedCaseNamesTheFirstRowOutOfPlace() {
        String yaml = SITES.replace("    expect:", "    ordered: true\n    expect:");
        String diff = check("stg_sites", yaml + """
                      - {site_code: S02}
                      - {site_code: S01}
                """);
        assertThat(diff).contains("compared in order")
                .contains("row 1: expected {site_code: \"S02\"}, got {site_code: \"S01\"}");
    }

    @Test
    void aFixtureValueOfTheWrongTypeIsOneLineNamingColumnTypeAndValue() {
        assertThatThrownBy(() -> check("stg_visitor_counts", """
                period: 2026-10
                cases:
                  - name: counts
                    given:
                      - input: source('visitor_counts')
                        rows:
                          - {site_code: S01, calls: "12"}
                    expect: []
                """))
                .isInstanceOf(UnitTestDefinitionException.class)
                .hasMessage("stg_visitor_counts › counts (unit_tests/staging/x.yml) given source('visitor_counts') row 1,"
                        + " column calls is INT but the value \"12\" (text) does not fit: give a whole number");
        assertThatThrownBy(() -> check("stg_orders", """
                period: 2026-10
                cases:
                  - name: orders
                    given:
                      - input: source('orders')
                        rows:
                          - {order_id: O1, ordered_at: "2026-10-01 9:00"}
                    expect: []
                """))
                .hasMessageEndingWith("column ordered_at is TIMESTAMP_NTZ but the value \"2026-10-01 9:00\" (text)"
                        + " does not fit: not \"yyyy-MM-dd HH:mm[:ss]\"");
        assertThatThrownBy(() -> check("stg_sites", """
                period: 2026-10
                cases:
                  - name: a code written as a number
                    given:
                      - input: source_all('sites')
                        rows:
                          - {site_code: 001}
                    expect: []
                """))
                .hasMessageEndingWith("column site_code is STRING but the value 1 (whole number) does not fit:"
                        + " quote it to give text");
    }

    @Test
    void aMisspeltColumnListsTheColumnsThereAre() {
        assertThatThrownBy(() -> check("stg_sites", """
                period: 2026-10
                cases:
                  - name: typo
                    given:
                      - input: source_all('sites')
                        rows:
                          - {site: S01}
                    expect: []
                """))
                .isInstanceOf(UnitTestDefinitionException.class)
                .hasMessageContaining("given source_all('sites') row 1: source_all('sites') has no column 'site'"
                        + " (columns: site_code, site_name, ")
                .hasMessageEndingWith(", _source_file, _source_line, period)");
        assertThatThrownBy(() -> check("stg_sites", SITES + """
                      - {site: S01}
                """))
                .hasMessageContaining("expect: stg_sites has no column 'site' (columns: site_code, site_name,");
    }

    @Test
    void anInputTheModelDoesNotReadIsRefusedWithTheInputsItDoes() {
        assertThatThrownBy(() -> check("dim_site", """
                period: 2026-10
                cases:
                  - name: wrong input
                    given:
                      - input: ref('stg_site')
                        rows: []
                    expect: []
                """))
                .isInstanceOf(UnitTestDefinitionException.class)
                .hasMessageEndingWith("dim_site does not read ref('stg_site'); it reads ref('stg_sites')");
    }

    @Test
    void aMisspeltKeyOrInconsistentExpectedColumnsAreRefusedBeforeSparkRuns() {
        assertThatThrownBy(() -> UnitTestFiles.parse("x.yml", "stg_sites", """
                period: 2026-10
                cases:
                  - {name: a, expected: []}
                """)).hasMessage("x.yml case 'a': unknown key 'expected' (allowed: [description, expect,"
                + " expect_error, given, name, ordered, period, where])");
        assertThatThrownBy(() -> UnitTestFiles.parse("x.yml", "stg_sites", """
                period: 2026-10
                cases:
                  - name: a
                    expect:
                      - {site_code: S01, city: null}
                      - {site_code: S02}
                """)).hasMessageStartingWith("x.yml case 'a' expect row 2: lists columns [site_code] but row 1 lists"
                + " [site_code, city]");
        assertThatThrownBy(() -> UnitTestFiles.parse("x.yml", "stg_sites", """
                cases:
                  - {name: a, expect: []}
                """)).hasMessageContaining("no period");
    }

    @Test
    void sqlValuesAreRenderedWithTheProductionMacros() {
        assertThat(check("dim_site", """
                period: 2026-10
                cases:
                  - name: keys
                    given:
                      - input: ref('stg_sites')
                        rows:
                          - {site_code: S01, snapshot_period: "2026-10"}
                    expect:
                      - {site_code: S01, site_key: {sql: "{{ surrogate_key('S01') }}"}}
                      - {site_code: UNKNOWN, site_key: 0}
                """)).isNull();
    }

    @Test
    void expectErrorPassesOnlyWhenTheModelFailsWithThatText() {
        // quantity x unit cost beyond DECIMAL(18,2): Spark's ANSI mode refuses to overflow rather than give NULL
        String overflow = """
                period: 2026-10
                cases:
                  - name: overflow
                    given:
                      - input: ref('stg_inventory_movements')
                        rows:
                          - {movement_id: M1, item_code: I01, quantity: 9999999999999999.00, moved_at: "2026-10-01 09:00"}
                      - input: ref('dim_item')
                        rows:
                          - {item_key: 1, item_code: I01, unit_cost: 1000.00, valid_from: 1900-01-01,
                             valid_to: 9999-12-31}
                """;
        assertThat(check("fact_inventory_movement", overflow + "    expect_error: NUMERIC_VALUE_OUT_OF_RANGE\n"))
                .isNull();
        assertThat(check("fact_inventory_movement", overflow + "    expect_error: DIVIDE_BY_ZERO\n"))
                .startsWith("expected an error containing \"DIVIDE_BY_ZERO\" but the model failed with: ");
        assertThat(check("stg_sites", SITES.replace("    expect:", "    expect_error: anything")))
                .isEqualTo("expected an error containing \"anything\" but the model produced 2 rows");
    }

    private static String check(String model, String yaml) {
        List<UnitCase> cases = UnitTestFiles.parse("unit_tests/staging/x.yml", model, yaml);
        return SharedRunner.get().check(cases.get(0));
    }
}
