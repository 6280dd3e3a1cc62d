package io.opsdw.ingest.land;

import io.opsdw.ingest.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.ProbedFile;
import io.opsdw.ingest.read.RawRecord;
import io.opsdw.ingest.read.TableReader;
import io.opsdw.ingest.read.TableReaders;
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
 * One file's work inside a Spark task: read it record by record and emit one staging row per record (or per
 * unpivoted cell). Streams, so a task never holds a whole file; the file path must be visible to executors.
 */
public record FileTask(ProbedFile file, FileBinding binding, SourceContract contract, SourceMapping mapping,
                       YearMonth period) implements Serializable {

    public Iterator<Row> rows() {
        TableReader reader = TableReaders.open(file, mapping.skipRows());
        RowParser parser = new RowParser(contract, mapping, binding, period, file.name());
        return new Iterator<>() {
            private final Deque<Row> pending = new ArrayDeque<>();
            private boolean done;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && !done) {
                    RawRecord rec = reader.next();
                    if (rec == null) {
                        done = true;
                        reader.close();
                    } else {
                        parser.parse(rec).forEach(r -> pending.add(toRow(r)));
                    }
                }
                return !pending.isEmpty();
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

    private Row toRow(ParsedRow r) {
        Object[] v = r.values();
        Object[] out = new Object[v.length + 7];
        System.arraycopy(v, 0, out, 0, v.length);
        int i = v.length;
        out[i++] = file.name();
        out[i++] = r.line();
        out[i++] = r.seq();
        out[i++] = r.rawText();
        out[i++] = r.failure() == null ? null : r.failure().reason().name();
        out[i++] = r.failure() == null ? null : r.failure().field();
        out[i] = r.failure() == null ? null : r.failure().detail();
        if (r.failure() != null) {
            // quarantined rows keep no typed values: the raw text is their record
            Arrays.fill(out, 0, v.length, null);
        }
        return RowFactory.create(out);
    }
}
