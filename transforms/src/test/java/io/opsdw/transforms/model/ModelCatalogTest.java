package io.opsdw.transforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    @Test
    void publishedTablesMatchTheStarSchemaContract() {
        List<TableDoc> tables = ModelCatalog.load();
        assertThat(tables).extracting(TableDoc::name).containsExactlyInAnyOrder(
                "dim_date", "dim_site", "dim_department", "dim_employee", "dim_customer", "dim_complaint_category",
                "dim_channel", "dim_satisfaction_level", "dim_callback_type", "dim_service_item", "dim_item",
                "dim_movement_type", "dim_order_status", "code_labels", "dim_source", "fact_complaint", "fact_callback",
                "fact_countermeasure", "fact_daily_traffic", "fact_inventory_movement", "fact_order", "dq_results");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.description()).as(t.name()).isNotBlank();
            assertThat(t.grain()).as(t.name()).isNotBlank();
            assertThat(t.columns()).as(t.name()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.description()).as(t.name() + "." + c.name()).isNotBlank());
        });
    }

    @Test
    void thePublishedFileAlsoHasThePublishersOwnTablesDocumented() {
        List<TableDoc> published = ModelCatalog.published();
        assertThat(published).extracting(TableDoc::name).containsAll(ModelCatalog.load().stream().map(TableDoc::name).toList())
                .contains("run_ledger", "publish_info", "quarantine", "ingest_manifest");
        assertThat(published).filteredOn(t -> t.materialization().equals("warehouse")).extracting(TableDoc::name)
                .containsExactly("run_ledger", "publish_info", "quarantine", "ingest_manifest");
        assertThat(published).allSatisfy(t -> {
            assertThat(t.description()).as(t.name()).isNotBlank();
            assertThat(t.grain()).as(t.name()).isNotBlank();
            assertThat(t.columns()).as(t.name()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.description()).as(t.name() + "." + c.name()).isNotBlank());
        });
    }

    /** docs/star-schema.md is the contract the reports are written against: every column there must exist here. */
    @Test
    void everyContractColumnOfDocsStarSchemaIsDeclared() throws java.io.IOException {
        String contract = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "star-schema.md"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([a-z_]+)` \\| [^|]* \\| (.*) \\|$")
                .matcher(contract);
        java.util.Map<String, List<String>> declared = new java.util.HashMap<>();
        ModelCatalog.load().forEach(t -> declared.put(t.name(), t.columns().stream().map(ColumnDoc::name).toList()));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        while (row.find()) {
            documented.add(row.group(1));
            List<String> columns = java.util.Arrays.stream(row.group(2).replaceAll("\\([^)]*\\)", "").split(","))
                    .map(String::strip).filter(c -> !c.isEmpty()).toList();
            assertThat(declared).as("table " + row.group(1)).containsKey(row.group(1));
            assertThat(declared.get(row.group(1))).as(row.group(1)).containsAll(columns);
        }
        // and every mart (dimension, fact, system table) has its row there
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ModelCatalog.load().stream()
                .filter(t -> !t.materialization().equals("view")).map(TableDoc::name).toList());
    }

    @Test
    void factComplaintDocumentsEveryContractColumn() {
        TableDoc fact = ModelCatalog.load().stream().filter(t -> t.name().equals("fact_complaint")).findFirst()
                .orElseThrow();
        assertThat(fact.columns()).extracting(ColumnDoc::name).containsExactly("complaint_id", "period",
                "received_date_key", "received_at", "site_key", "channel_key", "complaint_category_key",
                "responsible_dept_key", "responsible_employee_key", "handler_employee_key", "customer_key",
                "service_item_key", "resolved_at", "customer_notified_at", "customer_signed_at", "callback_at",
                "closed_at", "departments_involved", "complaint_count", "is_valid", "is_major", "is_closed",
                "resolved_same_day", "notified_same_day", "callback_done", "callback_within_3d", "customer_signed",
                "hours_to_resolve", "compensation_amount", "status", "category_name", "subcategory_name", "due_at",
                "sla_due_at", "sla_due_from_source", "sla_met", "is_open");
    }

    @Test
    void dependenciesComeFromRefsAndSortBeforeTheirUsers() {
        List<ModelDef> sorted = DependencyOrder.sort(ModelCatalog.models());
        List<String> names = sorted.stream().map(ModelDef::name).toList();
        assertThat(names.indexOf("dim_customer")).isLessThan(names.indexOf("fact_complaint"));
        assertThat(names.indexOf("stg_customers")).isLessThan(names.indexOf("dim_customer"));
        ModelDef fact = sorted.stream().filter(m -> m.name().equals("fact_complaint")).findFirst().orElseThrow();
        assertThat(fact.refs()).contains("stg_complaints", "dim_customer", "dim_site");
    }

    @Test
    void templateResolvesRefsSourcesPeriodAndMacros() {
        String sql = "SELECT {{ surrogate_key(a, b) }} FROM {{ ref('x') }} JOIN {{ source('complaints') }} "
                + "JOIN {{ source_all('items') }} WHERE p = {{ period }}";
        assertThat(SqlTemplate.refs(sql)).isEqualTo(Set.of("x"));
        assertThat(SqlTemplate.sourceViews(sql)).containsExactly("src_complaints", "src_all_items");
        String rendered = SqlTemplate.render(sql, YearMonth.of(2026, 10));
        assertThat(rendered).contains("xxhash64(a, b)", "FROM x JOIN src_complaints JOIN src_all_items",
                "p = '2026-10'");
    }
}
