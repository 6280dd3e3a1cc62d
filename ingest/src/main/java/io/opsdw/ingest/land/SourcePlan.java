package io.opsdw.ingest.land;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.count.FileCount;
import io.opsdw.ingest.count.SheetCount;
import io.opsdw.lakecontract.manifest.FileEntry;
import io.opsdw.lakecontract.manifest.SheetEntry;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.EncodingChoice;
import io.opsdw.ingest.read.FileKind;
import io.opsdw.ingest.read.FileProbe;
import io.opsdw.ingest.read.InputFile;
import io.opsdw.ingest.read.ProbedFile;
import io.opsdw.ingest.read.TableOpener;
import io.opsdw.ingest.read.TableReader;
import io.opsdw.ingest.read.TableReaders;
import io.opsdw.ingest.validate.FileBinding;
import io.opsdw.ingest.validate.RowParser;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the driver decides about a source's files before any task runs: each file probed (checksum, format, charset),
 * the same content offered twice read once, and each table bound to the contract: a CSV file's header, every sheet
 * of a workbook that has the source's header (the others are listed, not read). A file with no table to read, or a
 * header without a required column, stops the source here.
 */
record SourcePlan(List<ProbedFile> files, List<FileTask> tasks, List<Table> tables, List<FileEntry> duplicates,
                  List<String> unknownColumns, List<String> warnings, List<String> notices) {

    /** One table of a file: read (with its task's label) or not (and why). */
    record Table(ProbedFile file, int sheet, String sheetName, String label, String notReadBecause) {
    }

    static SourcePlan of(SourceContract contract, SourceMapping mapping, List<InputFile> inputs, YearMonth period,
                         TableOpener readers, RowParser.Zones zones) {
        List<String> warnings = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<FileEntry> duplicates = new ArrayList<>();
        Map<String, ProbedFile> bySha = new LinkedHashMap<>();
        for (InputFile f : inputs) {
            ProbedFile p = FileProbe.probe(f, Optional.ofNullable(mapping.encoding()), Optional.ofNullable(mapping.delimiter()));
            ProbedFile seen = bySha.putIfAbsent(p.sha256(), p);
            if (seen != null) {
                duplicates.add(new FileEntry(p.name(), p.sha256(), p.bytes(), p.encodingLabel(), 0, 0, 0, 0, null, true, seen.name()));
                warnings.add(p.name() + " has the same content as " + seen.name() + "; read once");
            }
        }
        List<ProbedFile> files = new ArrayList<>();
        List<FileTask> tasks = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ProbedFile probed : bySha.values()) {
            ProbedFile p = EncodingChoice.weigh(probed, contract, mapping);
            files.add(p);
            List<String> sheets = TableReaders.tables(p);
            List<Bound> bound = new ArrayList<>();
            List<Table> skipped = new ArrayList<>();
            IngestException firstFailure = null;
            for (int s = 0; s < sheets.size(); s++) {
                String where = sheets.get(s) == null ? p.name() : p.name() + " (sheet '" + sheets.get(s) + "')";
                try (TableReader reader = readers.open(p, mapping.skipRows(), s)) {
                    if (reader.header().isEmpty()) {
                        skipped.add(new Table(p, s, sheets.get(s), null, "empty"));
                        continue;
                    }
                    FileBinding binding = FileBinding.bind(where, reader.header(), contract, mapping);
                    bound.add(new Bound(s, sheets.get(s), binding));
                } catch (IngestException e) {
                    IngestException explained = p.charsetGuessed() ? new IngestException(e.getMessage() + " (read as " + p.charset()
                            + "; if the header looks garbled, declare encoding: in a mapping file)", e) : e;
                    if (sheets.size() == 1) {
                        throw explained;
                    }
                    firstFailure = firstFailure == null ? explained : firstFailure;
                    skipped.add(new Table(p, s, sheets.get(s), null, "no " + contract.source() + " header: " + e.getMessage()));
                }
            }
            if (bound.isEmpty()) {
                if (firstFailure != null) {
                    throw firstFailure;
                }
                throw new IngestException("file " + p.name() + ": " + (p.kind() == FileKind.XLSX ? "no sheet holds a header row"
                        : "no header row") + "; export the table with its header row");
            }
            for (Bound b : bound) {
                String label = bound.size() == 1 ? p.name() : p.name() + "#" + b.sheetName();
                try {
                    new RowParser(contract, mapping, b.binding(), period, label, zones);
                } catch (IllegalArgumentException e) {
                    throw new IngestException("mapping for " + contract.source() + ": " + e.getMessage(), e);
                }
                unknown.addAll(b.binding().unknownColumns());
                warnings.addAll(b.binding().warnings());
                tasks.add(new FileTask(p, b.sheet(), label, b.binding(), contract, mapping, period, readers, zones));
                tables.add(new Table(p, b.sheet(), b.sheetName(), label, null));
            }
            for (Table t : skipped) {
                tables.add(t);
                notices.add(p.name() + ": sheet '" + t.sheetName() + "' not read (" + t.notReadBecause() + ")");
            }
        }
        tables.sort(Comparator.comparing((Table t) -> t.file().name()).thenComparingInt(Table::sheet));
        return new SourcePlan(files, tasks, tables, duplicates, unknown, warnings, notices);
    }

    private record Bound(int sheet, String sheetName, FileBinding binding) {
    }

    /**
     * The manifest's files: counts per table, sheets listed for workbooks, duplicates last. A table's rows_counted is
     * the records read from it into {@code totals} (for one period's ingest: all of them, equal to the independent
     * count by {@link CountCheck}; for an export spanning periods: those of the period); an unread sheet's is its
     * independent count.
     */
    List<FileEntry> manifestEntries(Map<String, FileCount> counted, SourceLander.TableTotals totals) {
        List<FileEntry> entries = new ArrayList<>();
        for (ProbedFile p : files) {
            long rowsCounted = 0;
            long accepted = 0;
            long quarantined = 0;
            List<SheetEntry> sheets = p.kind() == FileKind.XLSX ? new ArrayList<>() : null;
            for (Table t : tables) {
                if (!t.file().name().equals(p.name())) {
                    continue;
                }
                SheetCount c = counted.get(p.name()).table(t.sheet());
                if (t.label() != null) {
                    long[] landed = totals.of(t.label());
                    long records = landed[2];
                    rowsCounted += records;
                    accepted += landed[0];
                    quarantined += landed[1];
                    if (sheets != null) {
                        sheets.add(new SheetEntry(t.sheetName(), true, records, landed[0], landed[1], null));
                    }
                } else if (sheets != null) {
                    // a sheet not read: its header row, if any, is not a record of this source, so every row with a value counts
                    long rows = c == null ? 0 : c.records() + (c.hasHeader() ? 1 : 0);
                    sheets.add(new SheetEntry(t.sheetName(), false, rows, null, null, t.notReadBecause()));
                }
            }
            entries.add(new FileEntry(p.name(), p.sha256(), p.bytes(), p.encodingLabel(), rowsCounted, accepted + quarantined,
                    accepted, quarantined, sheets, null, null));
        }
        entries.addAll(duplicates);
        return entries;
    }
}
