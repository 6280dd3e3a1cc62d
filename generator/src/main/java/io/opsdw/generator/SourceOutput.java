package io.opsdw.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One source's export for one period: formats typed rows, lets the injector dirty them, writes and counts. */
public final class SourceOutput {

    private final ExportColumns contract;
    private final ExportWriter writer;
    private final FaultInjector injector;
    private final Encoding encoding;
    private long rows;

    public SourceOutput(ExportColumns contract, ExportWriter writer, FaultInjector injector, Encoding encoding) {
        this.contract = contract;
        this.writer = writer;
        this.injector = injector;
        this.encoding = encoding;
    }

    void emit(Row row) {
        String[] cells = ValueFormat.format(row);
        try {
            for (String[] written : injector == null ? Collections.singletonList(cells) : injector.apply(cells)) {
                writer.writeRow(written);
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + contract.source(), e);
        }
    }

    Row newRow() {
        return contract.newRow();
    }

    public List<Path> finish() {
        try {
            return writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + contract.source(), e);
        }
    }

    String source() {
        return contract.source();
    }

    public long rows() {
        return rows;
    }

    /** Null for master data (e.g. XLSX has no text encoding). */
    Encoding encoding() {
        return encoding;
    }

    Map<String, Long> faults() {
        return injector == null ? Map.of() : injector.faultCounts();
    }

    Map<String, Long> harmless() {
        return injector == null ? Map.of() : injector.harmlessCounts();
    }
}
