package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.ingest.read.ProbedFile;
import io.opsdw.ingest.read.RawRecord;
import io.opsdw.ingest.read.TableOpener;
import io.opsdw.ingest.read.TableReader;
import io.opsdw.ingest.read.TableReaders;
import io.opsdw.ingest.testing.Complaints;
import io.opsdw.lakecontract.testing.TestSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The independent count can fail: readers broken on purpose (one drops a record, one reads a record twice, one
 * ends a record a line too late) are refused with one line naming the file and the first record where reader and
 * count part, and nothing is landed. The same files through the real reader land, with rows_counted in the manifest.
 */
class CountCheckTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    /** Wraps the real reader and changes what it returns from the data record at {@code at} (0-based) on. */
    record Broken(String how, int at) implements TableOpener {
        @Override
        public TableReader open(ProbedFile file, int skipRows, int sheet) {
            TableReader real = TableReaders.open(file, skipRows, sheet);
            return new TableReader() {
                private int n;
                private RawRecord repeat;

                @Override
                public List<String> header() {
                    return real.header();
                }

                @Override
                public RawRecord next() {
                    if (repeat != null) {
                        RawRecord r = repeat;
                        repeat = null;
                        return r;
                    }
                    RawRecord rec = real.next();
                    if (rec != null && n++ == at) {
                        switch (how) {
                            case "drop" -> rec = real.next();
                            case "twice" -> repeat = new RawRecord(rec.line() + 1, rec.cells(), rec.rawText());
                            case "late" -> rec = new RawRecord(rec.line() + 1, rec.cells(), rec.rawText());
                            default -> throw new IllegalArgumentException(how);
                        }
                    }
                    return rec;
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        }
    }

    private Path export() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        Files.writeString(dir.resolve("complaints_2026-10.csv"), Complaints.csv(Complaints.row("C1"), Complaints.row("C2"),
                Complaints.row("C3", "content", "两行\n内容"), Complaints.row("C4"), Complaints.row("C5")), StandardCharsets.UTF_8);
        return tmp.resolve("in");
    }

    private IngestReport ingest(LakeLayout lake, TableOpener readers) throws Exception {
        return new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withReaders(readers))
                .run(new IngestRequest(OCT, export(), Optional.of("complaints"), Optional.empty(), "count"));
    }

    @Test
    void theRealReaderAgreesWithTheCount() throws Exception {
        LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
        IngestReport report = ingest(lake, TableReaders::open);
        assertThat(report.sources().get(0).rowsCounted()).isEqualTo(5);
        var m = ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT));
        assertThat(m.rowsCounted()).isEqualTo(5);
        assertThat(m.files()).singleElement().satisfies(f -> assertThat(f.rowsCounted()).isEqualTo(5));
    }

    @Test
    void aReaderThatDropsARecordIsRefused() throws Exception {
        assertRefused(new Broken("drop", 2), "the reader found 4 records, an independent count 5",
                "first differ at line 4: a record starts there for the count, not for the reader");
    }

    @Test
    void aReaderThatReadsARecordTwiceIsRefused() throws Exception {
        assertRefused(new Broken("twice", 0), "the reader found 6 records, an independent count 5",
                "first differ at line 3: a record starts there for the reader, not for the count");
    }

    @Test
    void aReaderThatCutsARecordInTheWrongPlaceIsRefused() throws Exception {
        // same number of records, one starting a line late: the sum of the start lines tells
        assertRefused(new Broken("late", 1), "the reader found 5 records, an independent count 5",
                "first differ at line 3: a record starts there for the count, not for the reader");
    }

    private void assertRefused(TableOpener broken, String... fragments) throws Exception {
        LakeLayout lake = new LakeLayout(tmp.resolve("lake-" + fragments[0].hashCode()));
        assertThatThrownBy(() -> ingest(lake, broken))
                .isInstanceOf(IngestException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .startsWith("file complaints_2026-10.csv: ").contains(fragments).contains("nothing landed"));
        assertThat(TestSpark.lakeFs().exists(lake.raw("complaints", OCT))).isFalse();
        assertThat(TestSpark.lakeFs().exists(lake.manifest("complaints", OCT))).isFalse();
    }
}
