package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The record rule, one quoting fault class at a time: the broken record is one malformed record holding exactly its
 * own line, and every record after it is read as written.
 */
class CsvRecordReaderTest {

    private static List<RawRecord> read(String text) {
        CsvRecordReader r = new CsvRecordReader(new StringReader(text), ',', 1);
        List<RawRecord> out = new ArrayList<>();
        RawRecord header = r.next();
        r.expectWidth(header.cells().length);
        for (RawRecord rec = r.next(); rec != null; rec = r.next()) {
            out.add(rec);
        }
        return out;
    }

    private static void assertFine(RawRecord rec, long line, String... cells) {
        assertThat(rec.line()).isEqualTo(line);
        assertThat(rec.problem()).as("problem of line " + line).isNull();
        assertThat(rec.cells()).containsExactly(cells);
    }

    private static void assertMalformed(RawRecord rec, long line, String raw, int column, String detail) {
        assertThat(rec.line()).isEqualTo(line);
        assertThat(rec.cells()).isNull();
        assertThat(rec.rawText()).isEqualTo(raw);
        assertThat(rec.problem().column()).isEqualTo(column);
        assertThat(rec.problem().detail()).contains(detail);
    }

    @Test
    void anUnescapedQuoteInsideAQuotedValueSpoilsOnlyItsRecord() {
        List<RawRecord> recs = read("id,text,n\n1,a,1\n2,\"双十一\"套餐太贵,2\n3,c,3\n4,\"d\",4\n");
        assertThat(recs).hasSize(4);
        assertFine(recs.get(0), 2, "1", "a", "1");
        assertMalformed(recs.get(1), 3, "2,\"双十一\"套餐太贵,2", 1, "followed by '套'");
        assertFine(recs.get(2), 4, "3", "c", "3");
        assertFine(recs.get(3), 5, "4", "d", "4");
    }

    @Test
    void aBackslashEscapedQuoteIsNotAnEscape() {
        List<RawRecord> recs = read("id,text,n\n1,\"他说\\\"太慢了\\\"\",1\n2,b,2\n");
        assertThat(recs).hasSize(2);
        assertMalformed(recs.get(0), 2, "1,\"他说\\\"太慢了\\\"\",1", 1, "followed by '太'");
        assertFine(recs.get(1), 3, "2", "b", "2");
    }

    @Test
    void aSpaceAfterTheClosingQuoteOrBeforeTheOpeningOne() {
        List<RawRecord> recs = read("id,text,n\n1,\"a\" ,1\n2, \"b\",2\n3,\"c\",3\n");
        assertThat(recs).hasSize(3);
        assertMalformed(recs.get(0), 2, "1,\"a\" ,1", 1, "followed by ' '");
        assertMalformed(recs.get(1), 3, "2, \"b\",2", 1, "a space before the opening quote");
        assertFine(recs.get(2), 4, "3", "c", "3");
    }

    @Test
    void quotesInsideAnUnquotedValueAreText() {
        List<RawRecord> recs = read("id,text\n1,5\" screen\n2,他说\"好\"\n");
        assertFine(recs.get(0), 2, "1", "5\" screen");
        assertFine(recs.get(1), 3, "2", "他说\"好\"");
    }

    @Test
    void doubledQuotesAndDelimitersInsideQuotesAreValue() {
        List<RawRecord> recs = read("id,text\n1,\"他说\"\"好\"\",行\"\n2,\"\"\n");
        assertFine(recs.get(0), 2, "1", "他说\"好\",行");
        assertFine(recs.get(1), 3, "2", "");
    }

    @Test
    void aQuotedValueSpansLinesWhenTheRecordCompletes() {
        List<RawRecord> recs = read("id,text,n\r\n1,\"第一行\r\n\r\n第三行\",1\r\n2,b,2\r\n");
        assertThat(recs).hasSize(2);
        assertFine(recs.get(0), 2, "1", "第一行\r\n\r\n第三行", "1");
        assertThat(recs.get(0).rawText()).isEqualTo("1,\"第一行\r\n\r\n第三行\",1");
        assertFine(recs.get(1), 5, "2", "b", "2");
    }

    @Test
    void anUnclosedQuoteTakesNoLineAfterIt() {
        // the lines after the open quote never close it: each is its own record again
        List<RawRecord> recs = read("id,text,n\n1,\"从未闭合,1\n2,b,2\n3,c,3\n");
        assertThat(recs).hasSize(3);
        assertMalformed(recs.get(0), 2, "1,\"从未闭合,1", 1, "not closed");
        assertFine(recs.get(1), 3, "2", "b", "2");
        assertFine(recs.get(2), 4, "3", "c", "3");
    }

    @Test
    void anUnclosedQuoteFollowedByOtherBrokenOrMultiLineRecords() {
        List<RawRecord> recs = read("id,text,n\n1,\"open,1\n2,\"a\"b,2\n3,\"x\ny\",3\n4,d,4\n");
        assertThat(recs).hasSize(4);
        assertMalformed(recs.get(0), 2, "1,\"open,1", 1, "not closed");
        assertMalformed(recs.get(1), 3, "2,\"a\"b,2", 1, "followed by 'b'");
        assertFine(recs.get(2), 4, "3", "x\ny", "3");
        assertFine(recs.get(3), 6, "4", "d", "4");
    }

    @Test
    void aQuoteClosingTooEarlyForTheRecordIsNotAContinuation() {
        // the open quote of line 2 would close on line 3, but the record would then have 2 fields, not 3
        List<RawRecord> recs = read("id,text,n\n1,\"open\nx\"\n");
        assertThat(recs).hasSize(2);
        assertMalformed(recs.get(0), 2, "1,\"open", 1, "not closed");
        assertFine(recs.get(1), 3, "x\"");
    }

    @Test
    void emptyLinesAreNotRecordsButSpacesAre() {
        List<RawRecord> recs = read("a,b\n\n1,x\n   \n\r\n2,y");
        assertThat(recs).extracting(RawRecord::line).containsExactly(3L, 4L, 6L);
        assertFine(recs.get(1), 4, "   ");
        assertFine(recs.get(2), 6, "2", "y");
    }

    @Test
    void bareCarriageReturnsEndLinesToo() {
        List<RawRecord> recs = read("a,b\r1,\"x\ry\"\r2,z\r");
        assertFine(recs.get(0), 2, "1", "x\ry");
        assertFine(recs.get(1), 4, "2", "z");
    }

    @Test
    void aHeaderCellMayHoldALineBreak() {
        CsvRecordReader r = new CsvRecordReader(new StringReader("\"投诉\n时间\",b\n1,2\n"), ',', 1);
        assertFine(r.next(), 1, "投诉\n时间", "b");
        assertFine(r.next(), 3, "1", "2");
    }

    @Test
    void aVeryWideRecord() {
        StringBuilder header = new StringBuilder("c0");
        for (int i = 1; i < 5000; i++) {
            header.append(",c").append(i);
        }
        List<RawRecord> recs = read(header + "\n" + header + "\n");
        assertThat(recs.get(0).cells()).hasSize(5000);
    }
}
