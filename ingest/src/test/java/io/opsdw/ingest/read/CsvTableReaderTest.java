package io.opsdw.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    private static List<RawRecord> readAll(Path f) {
        List<RawRecord> out = new ArrayList<>();
        try (CsvTableReader r = new CsvTableReader(f, StandardCharsets.UTF_8, ',', 0)) {
            for (RawRecord rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void physicalLinesWithQuotedNewlinesAndEveryLineEnding(@TempDir Path dir) throws Exception {
        for (String eol : List.of("\n", "\r\n", "\r")) {
            Path f = dir.resolve("t" + eol.length() + eol.charAt(0) + ".csv");
            String text = "\uFEFFa,b" + eol + "1,x" + eol + "2,\"multi" + eol + "line\"" + eol + eol + "3,z" + eol;
            Files.writeString(f, text, StandardCharsets.UTF_8);
            List<RawRecord> recs = readAll(f);
            assertThat(recs).extracting(RawRecord::line).containsExactly(2L, 3L, 6L);
            assertThat(recs.get(1).cells()[1]).isEqualTo("multi" + eol + "line");
            assertThat(recs.get(1).rawText()).isEqualTo("2,\"multi" + eol + "line\"");
            assertThat(recs.get(2).rawText()).isEqualTo("3,z");
            try (CsvTableReader r = new CsvTableReader(f, StandardCharsets.UTF_8, ',', 0)) {
                assertThat(r.header()).containsExactly("a", "b");
            }
        }
    }

    @Test
    void anUnclosedQuoteSpoilsOneRecordNotTheRestOfTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "a,b,c\n3,\"fine\nline\",z\n1,\"oops,x\n2,ok,y\n4,end,w\n", StandardCharsets.UTF_8);
        List<RawRecord> recs = readAll(f);
        assertThat(recs).extracting(RawRecord::line).containsExactly(2L, 4L, 5L, 6L);
        assertThat(recs.get(0).cells()[1]).isEqualTo("fine\nline");
        assertThat(recs.get(1).rawText()).isEqualTo("1,\"oops,x");
        assertThat(recs.get(2).cells()).containsExactly("2", "ok", "y");
        assertThat(recs.get(3).cells()).containsExactly("4", "end", "w");
    }

    @Test
    void strayQuotesInsideAFieldAreText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "a,b\n1,5\" screen\n2,x\n", StandardCharsets.UTF_8);
        List<RawRecord> recs = readAll(f);
        assertThat(recs).hasSize(2);
        assertThat(recs.get(0).cells()).containsExactly("1", "5\" screen");
    }
}
