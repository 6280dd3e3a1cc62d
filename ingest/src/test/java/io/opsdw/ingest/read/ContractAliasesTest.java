package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readers bind headers and codes by {@link TextKeys#key}: within a contract no two names may fall together. */
class ContractAliasesTest {

    private final ContractRegistry registry = ContractRegistry.load();

    @Test
    void noHeaderAliasOrCodeAliasIsAmbiguousWithinAContract() {
        for (SourceContract c : registry.all()) {
            Map<String, String> headers = new HashMap<>();
            for (FieldSpec f : c.fields()) {
                for (String a : concat(f.name(), f.aliases())) {
                    String prev = headers.put(TextKeys.key(a), f.name());
                    assertThat(prev == null || prev.equals(f.name())).as(c.source() + " header " + a).isTrue();
                }
                Map<String, String> codes = new HashMap<>();
                f.codeAliases().forEach((code, aliases) -> {
                    for (String a : concat(code, aliases)) {
                        String prev = codes.put(TextKeys.key(a), code);
                        assertThat(prev == null || prev.equals(code)).as(c.source() + "." + f.name() + " code " + a).isTrue();
                    }
                });
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }
}
