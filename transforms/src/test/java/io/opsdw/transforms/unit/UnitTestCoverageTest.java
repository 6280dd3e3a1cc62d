package io.opsdw.transforms.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.transforms.model.ModelCatalog;
import io.opsdw.transforms.model.ModelDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every model has unit cases, in the file the harness looks for; a new model without one fails the build. */
class UnitTestCoverageTest {

    @Test
    void everyModelInTheCatalogHasAtLeastOneUnitCase() {
        Map<String, Long> cases = UnitTestFiles.all().stream()
                .collect(Collectors.groupingBy(UnitCase::model, Collectors.counting()));
        List<String> without = ModelCatalog.models().stream()
                .filter(m -> m.materialization().hasSql())
                .filter(m -> cases.getOrDefault(m.name(), 0L) == 0)
                .map(m -> "transforms/src/test/resources/unit_tests/" + m.layer() + "/" + m.name() + ".yml")
                .toList();
        assertThat(without).as("models without unit cases (add the file; see docs/transforms-testing.md)").isEmpty();
    }

    @Test
    void everyUnitTestFileNamesAModelOfItsLayer() {
        Map<String, ModelDef> models = ModelCatalog.models().stream()
                .collect(Collectors.toMap(ModelDef::name, Function.identity()));
        for (Path file : UnitTestFiles.files()) {
            ModelDef model = models.get(UnitTestFiles.model(file));
            assertThat(model).as(UnitTestFiles.resourceName(file) + " names no model of the catalog").isNotNull();
            assertThat(UnitTestFiles.layer(file)).as(UnitTestFiles.resourceName(file) + " is in the wrong folder")
                    .isEqualTo(model.layer());
        }
    }
}
