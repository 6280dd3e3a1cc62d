package io.opsdw.ingest.land;

import io.opsdw.lakecontract.LandingSchema;

import static org.apache.spark.sql.functions.col;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.count.FileCount;
import io.opsdw.ingest.count.RecordCounter;
import io.opsdw.ingest.count.SheetCount;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The check that makes "every record is accepted or quarantined" mean something: per table, the records the reader
 * produced (their number, and the sum of the lines they start on) must equal what the independent count found. When
 * they differ the source is not landed, and the message names the file and the first record where the two part.
 */
final class CountCheck {

    private CountCheck() {
    }

    static void verify(SourcePlan plan, Map<String, FileCount> counted, SourceLander.TableTotals totals, Dataset<Row> staged,
                       int skipRows) {
        for (SourcePlan.Table t : plan.tables()) {
            if (t.label() == null) {
                continue;
            }
            SheetCount c = counted.get(t.file().name()).table(t.sheet());
            long[] read = totals.of(t.label());
            long countedRecords = c == null ? 0 : c.records();
            long countedSum = c == null ? 0 : c.lineSum();
            if (read[2] != countedRecords || read[3] != countedSum) {
                throw new IngestException("file " + t.label() + ": the reader found " + read[2] + " records, an independent count "
                        + countedRecords + "; " + firstDivergence(t, staged, skipRows)
                        + "; nothing landed for this source (please report the file: the reader has missed or split a record)");
            }
        }
    }

    /** Walks both lists of record start lines side by side (the reader's from the staged rows, sorted) to the first difference. */
    private static String firstDivergence(SourcePlan.Table t, Dataset<Row> staged, int skipRows) {
        Iterator<Row> read = staged.filter(col(LandingSchema.SOURCE_FILE).equalTo(t.label()).and(col(LandingSchema.SEQ).equalTo(0)))
                .select(LandingSchema.SOURCE_LINE).orderBy(LandingSchema.SOURCE_LINE).toLocalIterator();
        String[] found = {null};
        try {
            RecordCounter.starts(t.file(), skipRows, t.sheet(), line -> {
                if (!read.hasNext()) {
                    found[0] = "they first differ at line " + line + ": the count finds a record there, the reader none after it";
                    throw new Stop();
                }
                long r = read.next().getLong(0);
                if (r != line) {
                    found[0] = "they first differ at line " + Math.min(r, line) + ": a record starts there for "
                            + (r < line ? "the reader, not for the count" : "the count, not for the reader");
                    throw new Stop();
                }
            });
        } catch (Stop stop) {
            return found[0];
        } catch (Exception e) {
            return "the count cannot be repeated (" + e.getMessage() + ")";
        }
        return read.hasNext() ? "they first differ at line " + read.next().getLong(0) + ": the reader finds a record there, the count none after it"
                : "the same records start on different lines";
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
