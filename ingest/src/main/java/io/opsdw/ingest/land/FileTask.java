package io.opsdw.ingest.land;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.ProbedFile;
import io.opsdw.ingest.read.RawRecord;
import io.opsdw.ingest.read.TableOpener;
import io.opsdw.ingest.read.TableReader;
import io.opsdw.ingest.validate.FileBinding;
import io.opsdw.ingest.validate.ParsedRow;
import io.opsdw.ingest.validate.RowParser;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One table's work inside a Spark task (a CSV file, or one sheet of a workbook): read it record by record and emit
 * one staging row per record (or per unpivoted cell). Streams, so a task never holds a whole file; the file path must
 * be visible to executors. A file-level error does not fail the task (Spark would log it with its stack trace and
 * retry it): it becomes one {@link #FILE_ERROR} row, which the driver turns into the one-line error.
 *
 * @param label the table's name in lineage and manifests: the file's name, plus {@code #sheet} when a workbook's
 *              table spans several sheets
 */
public record FileTask(ProbedFile file, int sheet, String label, FileBinding binding, SourceContract contract,
                       SourceMapping mapping, YearMonth period, TableOpener readers, RowParser.Zones zones) implements Serializable {

    /** reason_code of the row that carries a file-level error out of a task (never landed). */
    static final String FILE_ERROR = "_FILE_ERROR";

    public Iterator<Row> rows() {
        return new Iterator<>() {
            private final Deque<Row> pending = new ArrayDeque<>();
            private TableReader reader;
            private RowParser parser;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && !done) {
                    try {
                        if (reader == null) {
                            reader = readers.open(file, mapping.skipRows(), sheet);
                            parser = new RowParser(contract, mapping, binding, period, label, zones);
                        }
                        RawRecord rec = reader.next();
                        if (rec == null) {
                            finish();
                        } else {
                            parser.parse(rec).forEach(r -> pending.add(toRow(r)));
                        }
                    } catch (IngestException e) {
                        finish();
                        pending.clear();
                        pending.add(fileError(e.getMessage()));
                    }
                }
                return !pending.isEmpty();
            }

            private void finish() {
                done = true;
                if (reader != null) {
                    reader.close();
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }

    private Row fileError(String message) {
        Object[] out = new Object[contract.fields().size() + 9];
        int i = contract.fields().size();
        out[i++] = label;
        out[i++] = -1L;
        out[i++] = -1;
        out[i++] = null;
        out[i++] = FILE_ERROR;
        out[i++] = "_file";
        out[i++] = message;
        out[i++] = null;
        out[i] = null;
        return RowFactory.create(out);
    }

    /**
     * The period the row lands in: the ingest's, or (an ingest without one) the month of the row's period field, read
     * before a quarantined row's values are dropped; null when it has none (a snapshot) or it cannot be read.
     */
    private String rowPeriod(Object[] values) {
        if (period != null) {
            return period.toString();
        }
        if (contract.periodField() == null) {
            return null;
        }
        Object at = values[contract.indexOf(contract.periodField())];
        if (at instanceof java.time.LocalDate d) {
            return YearMonth.from(d).toString();
        }
        return at instanceof java.time.LocalDateTime t ? YearMonth.from(t).toString() : null;
    }

    private Row toRow(ParsedRow r) {
        Object[] v = r.values();
        Object[] out = new Object[v.length + 9];
        System.arraycopy(v, 0, out, 0, v.length);
        int i = v.length;
        out[i++] = label;
        out[i++] = r.line();
        out[i++] = r.seq();
        out[i++] = r.rawText();
        out[i++] = r.failure() == null ? null : r.failure().reason().name();
        out[i++] = r.failure() == null ? null : r.failure().field();
        out[i++] = r.failure() == null ? null : r.failure().detail();
        out[i++] = r.failure() == null ? r.fallbacks() : null;
        out[i] = rowPeriod(v);
        if (r.failure() != null) {
            // quarantined rows keep no typed values: the raw text is their record
            Arrays.fill(out, 0, v.length, null);
        }
        return RowFactory.create(out);
    }
}
