package io.opsdw.transforms.unit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One JUnit test per unit case in {@code src/test/resources/unit_tests/<layer>/<model>.yml}, grouped by model: the
 * model runs alone on real Spark with its inputs replaced by the case's rows, and its output is compared with the
 * expected rows (docs/transforms-testing.md).
 */
class ModelUnitTest {

    @TestFactory
    Stream<DynamicNode> everyUnitCase() {
        List<Path> files = UnitTestFiles.files();
        return files.stream().map(file -> DynamicContainer.dynamicContainer(
                UnitTestFiles.layer(file) + "/" + UnitTestFiles.model(file),
                UnitTestFiles.read(file).stream()
                        .map(c -> DynamicTest.dynamicTest(c.name(), () -> SharedRunner.get().run(c)))));
    }
}
