package io.opsdw.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generators come from the contracts, one per operational source, each after the sources it reads. */
class OperationalGeneratorsTest {

    private static final ContractRegistry CONTRACTS = ContractRegistry.load();

    @Test
    void everyOperationalContractHasItsGeneratorAndEachRunsAfterWhatItReads() {
        List<SourceGenerator> generators = OperationalGenerators.of(CONTRACTS).forPeriod();
        List<String> operational = CONTRACTS.all().stream().filter(c -> !c.isMaster()).map(SourceContract::source).toList();
        List<String> order = generators.stream().map(SourceGenerator::source).toList();
        assertThat(order).containsExactlyInAnyOrderElementsOf(operational);
        for (SourceGenerator g : generators) {
            assertThat(g.reads()).as(g.source() + " reads").allSatisfy(read -> {
                assertThat(operational).contains(read);
                assertThat(order.indexOf(read)).as(g.source() + " after " + read).isLessThan(order.indexOf(g.source()));
            });
        }
        assertThat(generators.get(0)).isNotSameAs(OperationalGenerators.of(CONTRACTS).forPeriod().get(0));
    }

    @Test
    void aNewOperationalContractIsPickedUpAndNamesTheGeneratorItStillNeeds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("contracts"));
        Files.writeString(dir.resolve("contracts/lost_property.yml"), """
                source: lost_property
                group: operational
                title: {zh-CN: 失物登记, en: Lost property}
                period_field: found_on
                key: [item_id]
                fields:
                  - {name: item_id, type: string, required: true}
                  - {name: site_code, type: string, references: sites}
                  - {name: found_on, type: date, required: true}
                """);
        try (var loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            ContractRegistry withNew = ContractRegistry.load(loader);
            assertThatThrownBy(() -> OperationalGenerators.of(withNew))
                    .hasMessage("operational source 'lost_property' has no sample generator: add"
                            + " io.opsdw.generator.LostPropertyGenerator (docs/architecture.md, a new export source)");
        }
    }
}
