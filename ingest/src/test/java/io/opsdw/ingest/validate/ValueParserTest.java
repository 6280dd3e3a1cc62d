package io.opsdw.ingest.validate;

import io.opsdw.lakecontract.quarantine.ReasonCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

    private final ValueParser parser = new ValueParser(List.of("d-MMM-yy", "M/d/yy"));

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-05", "2026/10/5", "2026年10月5日", "2026.10.05", "20261005", "４６３００",
            "２０２６－１０－０５", "2026-10-05T00:00:00.000", "5-Oct-26", "10/5/26", " 2026-10-05 "})
    void datesInTheSpellingsExportsUse(String text) throws Exception {
        assertThat(parser.date(text)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void timestampsWithAndWithoutSecondsAndExcelSerialFractions() throws Exception {
        assertThat(parser.timestamp("2026-10-05 09:07")).isEqualTo(LocalDateTime.of(2026, 10, 5, 9, 7));
        assertThat(parser.timestamp("2026/10/5 9:07:30")).isEqualTo(LocalDateTime.of(2026, 10, 5, 9, 7, 30));
        assertThat(parser.timestamp("2026年10月5日 23:59:59")).isEqualTo(LocalDateTime.of(2026, 10, 5, 23, 59, 59));
        assertThat(parser.timestamp("46300.5")).isEqualTo(LocalDateTime.of(2026, 10, 5, 12, 0));
        assertThat(parser.timestamp("2026-10-05")).isEqualTo(LocalDateTime.of(2026, 10, 5, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "yesterday", "2026-10-05 25:00", "Date Not Captured"})
    void badDates(String text) {
        assertThatThrownBy(() -> parser.timestamp(text)).isInstanceOfSatisfying(ParseException.class,
                e -> assertThat(e.reason()).isEqualTo(ReasonCode.BAD_DATE));
    }

    @Test
    void numbersWithFullWidthDigitsThousandsSeparatorsAndCurrency() throws Exception {
        assertThat(ValueParser.integer("１２３")).isEqualTo(123);
        assertThat(ValueParser.integer("1,234")).isEqualTo(1234);
        assertThat(ValueParser.integer("17850.0")).isEqualTo(17850);
        assertThat(ValueParser.decimal("¥1,234.567")).hasToString("1234.57");
        assertThat(ValueParser.decimal("￥２００")).hasToString("200.00");
        assertThatThrownBy(() -> ValueParser.integer("1,23")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> ValueParser.integer("1.5")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> ValueParser.decimal("abc")).isInstanceOfSatisfying(ParseException.class,
                e -> assertThat(e.reason()).isEqualTo(ReasonCode.BAD_NUMBER));
    }

    @Test
    void booleans() throws Exception {
        for (String t : List.of("是", "Y", "true", "1", "YES", "ｙ")) {
            assertThat(ValueParser.bool(t)).as(t).isTrue();
        }
        for (String t : List.of("否", "n", "FALSE", "0")) {
            assertThat(ValueParser.bool(t)).as(t).isFalse();
        }
        assertThatThrownBy(() -> ValueParser.bool("也许")).isInstanceOfSatisfying(ParseException.class,
                e -> assertThat(e.reason()).isEqualTo(ReasonCode.BAD_BOOLEAN));
    }
}
