package io.opsdw.lake.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRegistryTest {

    private final ContractRegistry registry = ContractRegistry.load();

    @Test
    void loadsTheTenSourcesMastersBeforeWhatReferencesThem() {
        List<String> names = registry.all().stream().map(SourceContract::source).toList();
        assertThat(names).hasSize(10);
        assertThat(names.indexOf("sites")).isLessThan(names.indexOf("employees"));
        assertThat(names.indexOf("departments")).isLessThan(names.indexOf("employees"));
        assertThat(names.subList(0, 5)).allMatch(n -> registry.get(n).isMaster());
        assertThat(registry.get("complaints").periodField()).isEqualTo("received_at");
        assertThat(registry.get("complaints").field("compensation_amount").orElseThrow().description())
                .isEqualTo("Compensation paid to the customer, yuan.");
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
                group: operational
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
