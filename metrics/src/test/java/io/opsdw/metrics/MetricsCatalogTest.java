package io.opsdw.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue holds together: every KPI names declared views and columns, and states numerator and base. */
class MetricsCatalogTest {

    private final MetricsCatalog catalog = MetricsCatalog.load();

    @Test
    void everyViewHasItsSqlAndEveryColumnADescription() {
        assertThat(catalog.views()).hasSizeGreaterThan(15);
        for (ViewDef v : catalog.views()) {
            assertThat(catalog.sql(v)).as(v.name()).contains("CREATE VIEW " + v.name() + " AS");
            assertThat(v.grain()).as(v.name()).isNotBlank();
            assertThat(v.base()).as(v.name()).isNotBlank();
            assertThat(catalog.columns(v)).as(v.name()).isNotEmpty()
                    .allSatisfy((column, text) -> assertThat(text).as(v.name() + "." + column).isNotBlank());
        }
    }

    @Test
    void everyKpiNamesADeclaredViewAndColumnsOfIt() {
        for (KpiDef k : catalog.kpis()) {
            ViewDef view = catalog.view(k.view()).orElseThrow(() -> new AssertionError(k.id() + ": no view " + k.view()));
            assertThat(view.columns()).as(k.id() + " numerator").containsKey(k.numerator());
            if (k.hasBase()) {
                ViewDef baseView = catalog.view(k.baseViewOrView()).orElseThrow();
                assertThat(baseView.columns()).as(k.id() + " base").containsKey(k.base());
            } else {
                assertThat(k.baseView()).as(k.id()).isNull();
            }
            assertThat(k.format()).as(k.id()).isIn("int", "dec", "dec1", "pct", "money");
            assertThat(k.sources()).as(k.id()).isNotEmpty().allSatisfy(s -> assertThat(s).isIn(SOURCES));
        }
    }

    @Test
    void everyDefinitionStatesItsNumeratorAndItsBaseInBothLanguages() {
        for (KpiDef k : catalog.kpis()) {
            assertThat(k.name("zh-CN")).as(k.id()).isNotBlank();
            assertThat(k.name("en")).as(k.id()).isNotBlank();
            assertThat(k.definition("en")).as(k.id()).startsWith("Numerator: ");
            assertThat(k.definition("zh-CN")).as(k.id()).startsWith("分子: ");
            if (k.hasBase()) {
                assertThat(k.definition("en")).as(k.id()).contains("Base: ");
                assertThat(k.definition("zh-CN")).as(k.id()).contains("基数: ");
                assertThat(k.format()).as(k.id() + " is a ratio").isIn("pct", "dec", "dec1", "money");
            } else {
                assertThat(k.definition("en")).as(k.id()).contains("no base");
                assertThat(k.definition("zh-CN")).as(k.id()).contains("无基数");
            }
        }
    }

    @Test
    void aViewCommentStatesGrainBaseAndTheKpisDefinedOnIt() {
        ViewDef sla = catalog.view("v_complaint_sla_monthly").orElseThrow();
        assertThat(catalog.comment(sla)).contains("Grain: one month x site x record type", "Base: ",
                "resolved_same_day_rate (Resolved the same day): Numerator: complaints resolved on the calendar day");
    }

    /** The sources are the contract files (metrics does not depend on the lake-contract module, so read the folder). */
    private static final Set<String> SOURCES = contractSources();

    private static Set<String> contractSources() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("../lake-contract/src/main/resources/contracts"))) {
            Set<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - ".yml".length())).collect(java.util.stream.Collectors.toSet());
            assertThat(names).as("contract files").isNotEmpty();
            return names;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
