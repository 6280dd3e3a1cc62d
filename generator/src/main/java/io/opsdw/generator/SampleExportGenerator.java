package io.opsdw.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.opsdw.lakecontract.contract.ContractRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes realistic, deterministic sample exports for {@code dw generate}: per period a folder
 * {@code <outDir>/<YYYY-MM>/} with one file per source (customers as XLSX, the rest CSV with Chinese
 * headers; callbacks and inventory movements in GBK), a {@code _manifest.json} and, with the injected
 * faults per source and reason, {@code _faults.json}. The same request always gives the same bytes.
 */
public final class SampleExportGenerator {

    /** Big sources roll over to {@code _partN} files beyond this many rows. */
    static final long ROWS_PER_PART = 250_000;

    private final long rowsPerPart;

    public SampleExportGenerator() {
        this(ROWS_PER_PART);
    }

    /** For tests: a small part size exercises the split without generating a million rows. */
    public SampleExportGenerator(long rowsPerPart) {
        this.rowsPerPart = rowsPerPart;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final OperationalGenerators OPERATIONAL = OperationalGenerators.of(ContractRegistry.load());

    public GenerateResult generate(GenerateRequest request) {
        List<Path> files = new ArrayList<>();
        Map<YearMonth, Map<String, Long>> rows = new LinkedHashMap<>();
        Map<YearMonth, Map<String, Map<String, Long>>> faults = new LinkedHashMap<>();
        MasterData master = MasterData.initial(request.seed(), request.scale(), request.firstPeriod());
        for (int m = 0; m < request.months(); m++) {
            YearMonth period = request.firstPeriod().plusMonths(m);
            if (m > 0) {
                master.advanceTo(period);
            }
            PeriodFiles written = generatePeriod(request, period, master);
            files.addAll(written.files);
            rows.put(period, written.rows);
            faults.put(period, written.faults);
        }
        return new GenerateResult(files, rows, faults);
    }

    private static final class PeriodFiles {
        final List<Path> files = new ArrayList<>();
        final Map<String, Long> rows = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> faults = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> harmless = new LinkedHashMap<>();
        final List<Map<String, Object>> manifestFiles = new ArrayList<>();

        void record(SourceOutput out, List<Path> written, Path dir) {
            files.addAll(written);
            rows.put(out.source(), out.rows());
            faults.put(out.source(), out.faults());
            harmless.put(out.source(), out.harmless());
            for (Path file : written) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("source", out.source());
                entry.put("file", dir.relativize(file).toString());
                entry.put("format", file.toString().endsWith(".xlsx") ? "xlsx" : "csv");
                if (out.encoding() != null) {
                    entry.put("encoding", out.encoding().label);
                    entry.put("bom", out.encoding().bom);
                }
                manifestFiles.add(entry);
            }
        }
    }

    private PeriodFiles generatePeriod(GenerateRequest request, YearMonth period, MasterData master) {
        Path dir = request.outDir().resolve(period.toString());
        PeriodFiles result = new PeriodFiles();
        try {
            Files.createDirectories(dir);
            removePreviousRun(dir, period);
            masterCsv(dir, period, "sites", Encoding.UTF8_BOM, result, (m, out) -> MasterExports.sites(out), master);
            masterCsv(dir, period, "departments", Encoding.UTF8, result, (m, out) -> MasterExports.departments(out), master);
            masterCsv(dir, period, "employees", Encoding.UTF8_BOM, result, MasterExports::employees, master);
            customersXlsx(dir, period, master, result);
            masterCsv(dir, period, "items", Encoding.UTF8, result, MasterExports::items, master);

            PeriodContext ctx = new PeriodContext(period, master, request.scale(), request.seed());
            for (SourceGenerator generator : OPERATIONAL.forPeriod()) {
                String source = generator.source();
                ExportColumns contract = ExportColumns.load(source);
                var injector = new FaultInjector(contract, period, request.dirtyRate(), ctx.rng("faults:" + source));
                var writer = new CsvExportWriter(dir, source + "_" + period, generator.encoding(), contract.headers(), rowsPerPart);
                SourceOutput out = new SourceOutput(contract, writer, injector, generator.encoding());
                generator.generate(ctx, out);
                result.record(out, out.finish(), dir);
            }
            writeSidecars(dir, period, request, result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sample exports to " + dir, e);
        }
        return result;
    }

    /**
     * A re-run replaces the period's files whole: an earlier run at another scale may have left more
     * {@code _partN} files than this one writes. Only files this generator names are touched.
     */
    private static void removePreviousRun(Path dir, YearMonth period) throws IOException {
        String suffix = "_" + period;
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean ours = name.equals("_faults.json") || name.equals("_manifest.json")
                        || (name.contains(suffix) && (name.endsWith(".csv") || name.endsWith(".xlsx")));
                if (ours && Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void masterCsv(Path dir, YearMonth period, String source, Encoding encoding, PeriodFiles result,
                                  BiConsumer<MasterData, SourceOutput> body, MasterData master) {
        ExportColumns contract = ExportColumns.load(source);
        var writer = new CsvExportWriter(dir, source + "_" + period, encoding, contract.headers(), Long.MAX_VALUE);
        SourceOutput out = new SourceOutput(contract, writer, null, encoding);
        body.accept(master, out);
        result.record(out, out.finish(), dir);
    }

    private static void customersXlsx(Path dir, YearMonth period, MasterData master, PeriodFiles result) throws IOException {
        ExportColumns contract = ExportColumns.load("customers");
        var writer = new XlsxExportWriter(dir.resolve("customers_" + period + ".xlsx"), "客户", contract.headers(),
                period.atDay(1).atStartOfDay());
        SourceOutput out = new SourceOutput(contract, writer, null, null);
        MasterExports.customers(master, out);
        result.record(out, out.finish(), dir);
    }

    private static void writeSidecars(Path dir, YearMonth period, GenerateRequest request, PeriodFiles result)
            throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("period", period.toString());
        manifest.put("seed", request.seed());
        manifest.put("scale", request.scale());
        manifest.put("dirty_rate", request.dirtyRate());
        manifest.put("files", result.manifestFiles);
        manifest.put("rows", result.rows);
        Path manifestFile = dir.resolve("_manifest.json");
        JSON.writeValue(manifestFile.toFile(), manifest);

        Map<String, Object> faults = new LinkedHashMap<>();
        faults.put("period", period.toString());
        faults.put("sources", result.faults);
        faults.put("rows", result.rows);
        // Accepted-by-design dirt, so the ingest's tests know what normalisation was exercised.
        faults.put("harmless", result.harmless);
        Path faultsFile = dir.resolve("_faults.json");
        JSON.writeValue(faultsFile.toFile(), faults);
        result.files.add(faultsFile);
        result.files.add(manifestFile);
    }
}
