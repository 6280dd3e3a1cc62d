package io.opsdw.lakecontract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRegistryTest {

    private final ContractRegistry registry = ContractRegistry.load();

    @Test
    void loadsEveryContractFileMastersBeforeWhatReferencesThem() throws Exception {
        List<String> names = registry.all().stream().map(SourceContract::source).toList();
        // a second look at the folder, by the file system rather than the class path
        List<String> files;
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/contracts"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(files).isNotEmpty();
        for (SourceContract c : registry.all()) {
            int at = names.indexOf(c.source());
            for (FieldSpec f : c.fields()) {
                if (f.references() != null && !f.references().equals(c.source())) {
                    assertThat(names.indexOf(f.references())).as(c.source() + " after " + f.references()).isLessThan(at);
                    assertThat(registry.get(f.references()).isMaster()).as(f.references() + " is a master").isTrue();
                }
            }
            assertThat(c.isMaster()).as(c.source() + ": a master has no period field").isEqualTo(c.periodField() == null);
            if (c.isMaster()) {
                assertThat(names.subList(0, at)).as("masters come first").allMatch(n -> registry.get(n).isMaster());
            }
        }
        assertThat(registry.get("complaints").periodField()).isEqualTo("received_at");
        assertThat(registry.get("complaints").field("compensation_amount").orElseThrow().description())
                .isEqualTo("Compensation paid to the customer, yuan.");
    }

    /** A new source is one file in contracts/: nothing to register. (Fails on main: the hand-kept list ignored it.) */
    @Test
    void aNewContractFileIsASourceWithoutRegisteringIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path contracts = java.nio.file.Files.createDirectories(dir.resolve("contracts"));
        java.nio.file.Files.writeString(contracts.resolve("meeting_minutes.yml"), """
                source: meeting_minutes
                group: operational
                period_field: held_on
                key: [minute_id]
                fields:
                  - {name: minute_id, type: string, required: true}
                  - {name: site_code, type: string, references: sites}
                  - {name: held_on, type: date, required: true}
                """);
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            ContractRegistry withNew = ContractRegistry.load(loader);
            assertThat(withNew.names()).contains("meeting_minutes").containsAll(registry.names());
            assertThat(withNew.names().indexOf("meeting_minutes")).isGreaterThan(withNew.names().indexOf("sites"));
            assertThat(withNew.get("meeting_minutes").isMaster()).isFalse();
        }
    }

    @Test
    void aMasterWithAPeriodFieldIsRefused() throws Exception {
        SourceContract c = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue("""
                        source: demo
                        group: master
                        period_field: at
                        key: [id]
                        fields: [{name: id, type: string}, {name: at, type: date}]
                        """, SourceContract.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContractRegistry.validate(c, "contracts/demo.yml"))
                .hasMessageStartingWith("contracts/demo.yml: a master snapshot has no period_field");
    }

    @Test
    void everyCodeHasAChineseAndAnEnglishLabel() {
        int codes = 0;
        for (SourceContract c : registry.all()) {
            for (FieldSpec f : c.fields()) {
                for (String code : f.codeAliases().keySet()) {
                    codes++;
                    for (String language : ContractRegistry.LABEL_LANGUAGES) {
                        assertThat(f.label(code, language)).as(c.source() + "." + f.name() + "." + code + " " + language)
                                .isNotBlank().isNotEqualTo(code);
                    }
                }
            }
        }
        assertThat(codes).isGreaterThan(50);
        assertThat(registry.get("inventory_movements").field("location").orElseThrow().label("water_bar", "zh-CN"))
                .isEqualTo("水吧");
    }

    @Test
    void aCodeWithoutALabelIsRefusedWithTheFieldAndCodeNamed() throws Exception {
        String yaml = """
                source: demo
                group: master
                key: [id]
                fields:
                  - {name: id, type: string}
                  - name: channel
                    type: code
                    codes: {phone: [电话], sms: [短信]}
                    labels: {phone: {zh-CN: 电话, en: Phone}}
                """;
        SourceContract c = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readValue(yaml, SourceContract.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContractRegistry.validate(c, "contracts/demo.yml")).hasMessage("contracts/demo.yml: channel code sms has no zh-CN label (labels: {sms: {zh-CN: ..., en: ...}})");
    }
}
