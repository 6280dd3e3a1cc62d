package io.opsdw.ingest.land;

import io.opsdw.lakecontract.LandingSchema;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicate-key check marks the same rows whether the repeated keys are broadcast or joined by shuffle. */
class CrossRowChecksTest {

    @TempDir
    Path tmp;

    @Test
    void duplicatesAreMarkedAlikeOnTheBroadcastAndTheShufflePath() {
        ContractRegistry contracts = ContractRegistry.load();
        SourceContract complaints = contracts.get("complaints");
        Dataset<Row> staged = staged(complaints, List.of(
                new Object[] {"C1", "b.csv", 2L}, new Object[] {"C1", "a.csv", 9L}, new Object[] {"C2", "a.csv", 3L},
                new Object[] {"C3", "a.csv", 4L}, new Object[] {"C3", "a.csv", 5L}, new Object[] {"C3", "a.csv", 6L}));
        LakeLayout lake = new LakeLayout(tmp);

        Map<String, String> broadcast = reasons(new CrossRowChecks(TestSpark.get(), lake, TestSpark.lakeFs(), contracts).duplicates(staged, complaints));
        Map<String, String> shuffled = reasons(new CrossRowChecks(TestSpark.get(), lake, TestSpark.lakeFs(), contracts, 1).duplicates(staged, complaints));

        // the first occurrence by file name, then line, is kept: a.csv:9 for C1, a.csv:4 for C3
        assertThat(broadcast).containsExactlyInAnyOrderEntriesOf(Map.of(
                "b.csv:2", "DUPLICATE_KEY same complaint_id as a.csv:9", "a.csv:9", "-", "a.csv:3", "-", "a.csv:4", "-",
                "a.csv:5", "DUPLICATE_KEY same complaint_id as a.csv:4", "a.csv:6", "DUPLICATE_KEY same complaint_id as a.csv:4"));
        assertThat(shuffled).isEqualTo(broadcast);
    }

    private static Dataset<Row> staged(SourceContract c, List<Object[]> keyFileLine) {
        StructType schema = LandingSchema.staging(c);
        List<Row> rows = new ArrayList<>();
        for (Object[] k : keyFileLine) {
            Object[] v = new Object[schema.size()];
            v[schema.fieldIndex(c.key().get(0))] = k[0];
            v[schema.fieldIndex(LandingSchema.SOURCE_FILE)] = k[1];
            v[schema.fieldIndex(LandingSchema.SOURCE_LINE)] = k[2];
            v[schema.fieldIndex(LandingSchema.SEQ)] = 0;
            rows.add(RowFactory.create(v));
        }
        return TestSpark.get().createDataFrame(rows, schema);
    }

    private static Map<String, String> reasons(Dataset<Row> checked) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : checked.collectAsList()) {
            String code = r.getAs(LandingSchema.REASON_CODE);
            out.put(r.getAs(LandingSchema.SOURCE_FILE) + ":" + r.getAs(LandingSchema.SOURCE_LINE),
                    code == null ? "-" : code + " " + r.getAs(LandingSchema.REASON_DETAIL));
        }
        return out;
    }
}
