package io.opsdw.ingest.land;

import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.InputFile;
import io.opsdw.ingest.read.TableOpener;
import io.opsdw.ingest.validate.ColumnSource;
import io.opsdw.ingest.validate.FileBinding;
import io.opsdw.ingest.validate.RowParser;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What an ingest would do with a source's files, without Spark and without writing the lake (dw ingest --dry-run
 * --mapping): each table's header bound to the contract (field <- column, constant, template or absent) and its first
 * rows, each accepted or rejected with the reason of the single-row checks. References to masters and duplicate keys
 * need the whole export and the lake, so they are not judged here.
 */
public final class BindingPreview {

    private BindingPreview() {
    }

    /** Lines to print for one source: the binding of every table, then up to {@code rows} rows of each. */
    public static List<String> of(SourceContract contract, SourceMapping mapping, List<InputFile> files, YearMonth period,
                                  TableOpener readers, RowParser.Zones zones, int rows) {
        SourcePlan plan = SourcePlan.of(contract, mapping, files, period, readers, zones);
        List<String> out = new ArrayList<>();
        plan.warnings().forEach(w -> out.add("warning: " + contract.source() + ": " + w));
        plan.notices().forEach(n -> out.add("note: " + contract.source() + ": " + n));
        for (FileTask task : plan.tasks()) {
            out.add(contract.source() + " <- " + task.label() + " (" + task.file().encodingLabel() + ")");
            FileBinding b = task.binding();
            for (int i = 0; i < contract.fields().size(); i++) {
                FieldSpec f = contract.fields().get(i);
                String from = describe(b.sources().get(i));
                if (from != null || f.required()) {
                    out.add("  " + f.name() + (f.required() ? "*" : "") + " <- " + (from == null ? "(absent)" : from));
                }
            }
            if (!b.unknownColumns().isEmpty()) {
                out.add("  not read: " + String.join(", ", b.unknownColumns()));
            }
            Iterator<Row> it = task.rows();
            int fieldCount = contract.fields().size();
            for (int n = 0; n < rows && it.hasNext(); n++) {
                Row r = it.next();
                long line = r.getLong(fieldCount + 1);
                String reason = r.getString(fieldCount + 4);
                if (reason == null) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < fieldCount; i++) {
                        if (!r.isNullAt(i)) {
                            values.add(contract.fields().get(i).name() + "=" + clip(String.valueOf(r.get(i))));
                        }
                    }
                    out.add("  line " + line + ": accept " + String.join(", ", values));
                } else {
                    out.add("  line " + line + ": reject " + reason + " (" + r.getString(fieldCount + 6) + ")");
                }
            }
        }
        return out;
    }

    private static String describe(ColumnSource s) {
        if (s instanceof ColumnSource.Column c) {
            return "column " + (c.index() + 1) + " '" + c.header() + "'";
        }
        if (s instanceof ColumnSource.Constant c) {
            return "constant '" + c.value() + "'";
        }
        if (s instanceof ColumnSource.Template) {
            return "template";
        }
        if (s instanceof ColumnSource.UnpivotName) {
            return "unpivoted column header";
        }
        if (s instanceof ColumnSource.UnpivotValue) {
            return "unpivoted cell";
        }
        return null; // absent
    }

    private static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 37) + "...";
    }
}
