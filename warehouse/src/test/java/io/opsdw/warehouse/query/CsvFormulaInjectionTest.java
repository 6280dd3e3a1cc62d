package io.opsdw.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dw query --format csv: warehouse text that looks like a spreadsheet formula is neutralised; numbers are not. */
class CsvFormulaInjectionTest {

    @Test
    void formulaLikeTextIsPrefixedAndNumbersKeepTheirSign() {
        QueryResult r = new QueryResult(List.of("suggestion", "delta"), List.of(
                Arrays.asList("=HYPERLINK(\"http://x\",\"点我\")", -5L),
                Arrays.asList("+86 138", new BigDecimal("-1.50")),
                Arrays.asList("-退款", 0),
                Arrays.asList("@SUM(A1)", null),
                Arrays.asList("\tcmd", 1),
                Arrays.asList("好评", 2)));
        List<String> lines = ResultFormatter.csv(r).lines().toList();
        assertThat(lines).containsExactly(
                "suggestion,delta",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",-5",
                "'+86 138,-1.50",
                "'-退款,0",
                "'@SUM(A1),",
                "'\tcmd,1",
                "好评,2");
    }
}
