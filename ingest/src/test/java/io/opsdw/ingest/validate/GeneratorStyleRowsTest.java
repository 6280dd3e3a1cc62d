package io.opsdw.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.RawRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample-export generator writes each field under its FIRST alias, codes as their first alias, timestamps
 * as yyyy-MM-dd HH:mm:ss, dates yyyy-MM-dd and booleans 是/否. Rows built that way from every contract must bind
 * and pass every single-row check (driver-side, no Spark needed).
 */
class GeneratorStyleRowsTest {

    @Test
    void everyContractAcceptsRowsWrittenTheGeneratorsWay() {
        YearMonth oct = YearMonth.of(2026, 10);
        for (SourceContract c : ContractRegistry.load().all()) {
            List<String> header = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (FieldSpec f : c.fields()) {
                header.add(f.aliases().isEmpty() ? f.name() : f.aliases().get(0));
                values.add(sample(f));
            }
            FileBinding binding = FileBinding.bind(c.source() + "_2026-10.csv", header, c, SourceMapping.none());
            assertThat(binding.unknownColumns()).as(c.source()).isEmpty();
            RowParser parser = new RowParser(c, SourceMapping.none(), binding, oct, c.source() + "_2026-10.csv");
            List<ParsedRow> rows = parser.parse(new RawRecord(2, values.toArray(String[]::new), String.join(",", values)));
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.failure()).as(c.source()).isNull());
            String falseRow = String.join(",", values).replace("是", "否");
            assertThat(parser.parse(new RawRecord(3, falseRow.split(",", -1), falseRow)).get(0).failure()).isNull();
        }
    }

    private static String sample(FieldSpec f) {
        return switch (f.type()) {
            case STRING -> FieldSpec.TIME_ZONE_FORMAT.equals(f.format()) ? "Asia/Shanghai" : "X1";
            case INT -> f.min() == null ? "3" : f.min().add(java.math.BigDecimal.ONE).toPlainString();
            case DECIMAL -> "12.50";
            case DATE -> "2026-10-05";
            case TIMESTAMP -> "2026-10-05 10:00:00";
            case BOOLEAN -> "是";
            case CODE -> f.codeAliases().values().iterator().next().get(0);
        };
    }
}
