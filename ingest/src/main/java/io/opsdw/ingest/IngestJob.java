package io.opsdw.ingest;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.ingest.land.MasterPresence;
import io.opsdw.ingest.land.SourceLander;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.Parallel;
import io.opsdw.ingest.mapping.DeclaredMasters;
import io.opsdw.ingest.mapping.MappingFile;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.InputFile;
import io.opsdw.ingest.read.InputFiles;
import io.opsdw.ingest.read.TextKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage's entry point (used by the {@code dw ingest} CLI): matches a period's export files to sources
 * and lands each source, masters first so references can be checked. The caller owns the Spark session.
 */
public final class IngestJob {

    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    /** Sources landed at once within a wave by default (Spark shares its cores between their jobs). */
    public static final int DEFAULT_PARALLEL_SOURCES = 3;

    private final LakeLayout lake;
    private final ContractRegistry contracts;
    private final IngestOptions options;
    private final SourceLander lander;
    private final SparkSession spark;
    private final int parallelSources;

    public IngestJob(SparkSession spark, LakeLayout lake) {
        this(spark, lake, IngestOptions.defaults());
    }

    public IngestJob(SparkSession spark, LakeLayout lake, IngestOptions options) {
        this(spark, lake, options, DEFAULT_PARALLEL_SOURCES);
    }

    /** {@code parallelSources}: sources of one wave landed at once (dw.ingest.parallel-sources). */
    public IngestJob(SparkSession spark, LakeLayout lake, IngestOptions options, int parallelSources) {
        this.parallelSources = Math.max(1, parallelSources);
        this.lake = lake;
        this.spark = spark;
        this.contracts = ContractRegistry.load();
        this.options = options;
        // null for a preview (dry run): binding and single-row checks need no Spark session
        this.lander = spark == null ? null : new SourceLander(spark, lake, contracts, options);
    }

    /** A job that only previews ({@link #preview}): no Spark session, nothing written to the lake. */
    public static IngestJob previewOnly(LakeLayout lake, IngestOptions options) {
        return new IngestJob(null, lake, options);
    }

    /**
     * The dry run of an ingest with a mapping: every input file assigned to its source, each table's header bound to
     * the contract, and its first {@code rows} rows accepted or rejected by the single-row checks (references and
     * duplicate keys need the lake and the whole export: not judged). Lines to print; writes nothing. A source whose
     * files cannot be bound gives an {@code error:} line and the others are still shown.
     */
    public List<String> preview(IngestRequest request, int rows) {
        MappingFile mapping = request.mappingFile().map(p -> MappingFile.read(p, contracts)).orElse(MappingFile.empty());
        Path dir = InputFiles.periodDir(request.inputDir(), request.period());
        List<InputFile> files = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (InputFile f : InputFiles.list(dir, request.inputDir())) {
            if (InputFiles.ignored(f, options.ignore())) {
                out.add("note: " + f.name() + " not read (dw.ingest.ignore)");
            } else {
                files.add(f);
            }
        }
        Map<String, List<InputFile>> bySource = assign(files, mapping);
        Path declaredDir = null;
        List<String> notices = new ArrayList<>();
        try {
            if (!bySource.isEmpty()) {
                declaredDir = addDeclaredMasters(mapping, request, bySource, notices);
            }
            notices.forEach(n -> out.add("note: " + n));
            for (SourceContract c : contracts.all()) {
                if (!bySource.containsKey(c.source()) || request.source().filter(s -> !s.equals(c.source())).isPresent()) {
                    continue;
                }
                SourceMapping m = mapping.forSource(c.source()).orElse(SourceMapping.none());
                try {
                    out.addAll(io.opsdw.ingest.land.BindingPreview.of(c, m, bySource.get(c.source()), request.period(),
                            options.readers(), io.opsdw.ingest.validate.RowParser.Zones.of(options.defaultZone()), rows));
                } catch (IngestException e) {
                    out.add("error: " + c.source() + ": " + e.getMessage());
                }
            }
            return out;
        } finally {
            deleteQuietly(declaredDir);
        }
    }

    public IngestReport run(IngestRequest request) {
        request.source().ifPresent(s -> {
            if (contracts.find(s).isEmpty()) {
                throw new IngestException("unknown source '" + s + "'; use one of: "
                        + String.join(", ", contracts.all().stream().map(SourceContract::source).toList()));
            }
        });
        MappingFile mapping = request.mappingFile().map(p -> MappingFile.read(p, contracts)).orElse(MappingFile.empty());
        Path dir = InputFiles.periodDir(request.inputDir(), request.period());
        List<InputFile> ignored = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        for (InputFile f : InputFiles.list(dir, request.inputDir())) {
            (InputFiles.ignored(f, options.ignore()) ? ignored : files).add(f);
        }
        Map<String, List<InputFile>> bySource = assign(files, mapping);
        Path declaredDir = null;
        List<String> notices = new ArrayList<>();
        try {
            if (!bySource.isEmpty()) {
                declaredDir = addDeclaredMasters(mapping, request, bySource, notices);
            }
            return land(request, mapping, dir, bySource, ignored, notices);
        } finally {
            deleteQuietly(declaredDir);
        }
    }

    private IngestReport land(IngestRequest request, MappingFile mapping, Path dir, Map<String, List<InputFile>> bySource,
                              List<InputFile> ignored, List<String> notices) {
        List<SourceContract> todo = new ArrayList<>();
        for (SourceContract c : contracts.all()) {
            if (bySource.containsKey(c.source()) && request.source().filter(s -> !s.equals(c.source())).isEmpty()) {
                todo.add(c);
            }
        }
        if (options.requireMasters()) {
            MasterPresence.require(todo, contracts, lake, LakeFs.of(spark), request.period());
        }
        // an export spanning periods: snapshots (masters) land in every period the run's other exports name
        List<YearMonth> snapshotPeriods = request.isSpanning() && todo.stream().anyMatch(c -> c.periodField() == null)
                ? periodsNamed(todo, bySource, mapping) : List.of();
        Map<String, List<SourceResult>> landed = new ConcurrentHashMap<>();
        // Waves (ContractRegistry.waves): a source is landed once the masters it references are (its reference checks read them). The
        // sources of one wave are independent, so they land concurrently: a source's files are its tasks, and one
        // big file per source would otherwise leave the other cores idle.
        Map<String, Integer> waveOf = contracts.waves();
        Map<Integer, List<SourceContract>> waves = new java.util.TreeMap<>();
        todo.forEach(c -> waves.computeIfAbsent(waveOf.get(c.source()), w -> new ArrayList<>()).add(c));
        for (List<SourceContract> wave : waves.values()) {
            // biggest first (longest-processing-time order): a big source started last would run alone at the end
            landWave(wave.stream().sorted(Comparator.comparingLong((SourceContract c) -> estimatedWork(bySource.get(c.source())))
                    .reversed()).toList(), bySource, mapping, request, snapshotPeriods, landed);
        }
        List<SourceResult> results = todo.stream().flatMap(c -> landed.get(c.source()).stream()).toList();
        LOG.info("ingest {} from {} into {}: {} sources", request.isSpanning() ? "all periods" : request.period(), dir, lake.lake(),
                todo.size());
        return new IngestReport(results, ignored.stream().map(InputFile::name).toList(), notices);
    }

    /**
     * The masters the mapping declares (masters: sites: ...) land as an export of their own when the input folder has
     * none for them; an export in the folder wins, with a notice. Returns the folder the declared rows were written to.
     */
    private Path addDeclaredMasters(MappingFile mapping, IngestRequest request, Map<String, List<InputFile>> bySource,
                                    List<String> notices) {
        if (mapping.masters().isEmpty()) {
            return null;
        }
        String mappingName = request.mappingFile().map(p -> p.getFileName().toString()).orElse("mapping");
        Path dir;
        try {
            dir = Files.createTempDirectory("dw-declared-masters-");
        } catch (IOException e) {
            throw new IngestException("cannot write the masters declared in " + mappingName + ": " + e.getMessage(), e);
        }
        for (String source : mapping.masters().keySet()) {
            if (bySource.containsKey(source)) {
                notices.add(source + " declared in " + mappingName + " not used: the input holds a " + source + " export");
                continue;
            }
            bySource.put(source, List.of(DeclaredMasters.write(contracts.get(source), mapping.declaredMasters(source), mappingName, dir)));
        }
        return dir;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }

    /** The periods the run's exports with a period field name, from one pass over their rows (sorted). */
    private List<YearMonth> periodsNamed(List<SourceContract> todo, Map<String, List<InputFile>> bySource, MappingFile mapping) {
        java.util.TreeSet<YearMonth> periods = new java.util.TreeSet<>();
        for (SourceContract c : todo) {
            if (c.periodField() != null) {
                periods.addAll(lander.periods(c, mapping.forSource(c.source()).orElse(SourceMapping.none()), bySource.get(c.source())));
            }
        }
        if (periods.isEmpty()) {
            throw new IngestException("no export of the run names a period (" + String.join(", ", todo.stream().map(SourceContract::source).toList())
                    + " are snapshots without a period field, or their rows have none): pass --period YYYY-MM");
        }
        return List.copyOf(periods);
    }

    private void landWave(List<SourceContract> wave, Map<String, List<InputFile>> bySource, MappingFile mapping,
                          IngestRequest request, List<YearMonth> snapshotPeriods, Map<String, List<SourceResult>> landed) {
        int threads = Math.min(wave.size(), parallelSources);
        List<List<SourceResult>> results;
        try {
            results = Parallel.map(wave, threads, "ingest-source", c -> landOne(c, bySource, mapping, request, snapshotPeriods));
        } catch (RuntimeException e) {
            throw Failures.propagate(e); // the source's own exception, as the sequential path would throw it
        }
        for (int i = 0; i < wave.size(); i++) {
            landed.put(wave.get(i).source(), results.get(i));
        }
    }

    /** Input bytes, an XLSX byte counting as several CSV bytes (compressed XML: about 5x the rows per byte). */
    static long estimatedWork(List<InputFile> files) {
        long work = 0;
        for (InputFile f : files) {
            try {
                long bytes = Files.size(f.path());
                work += f.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? bytes * 5 : bytes;
            } catch (IOException e) {
                // unreadable files fail with a clear message when probed; for ordering they weigh nothing
            }
        }
        return work;
    }

    private List<SourceResult> landOne(SourceContract c, Map<String, List<InputFile>> bySource, MappingFile mapping, IngestRequest request,
                                       List<YearMonth> snapshotPeriods) {
        SourceMapping m = mapping.forSource(c.source()).orElse(SourceMapping.none());
        return lander.land(c, m, bySource.get(c.source()), request.period(), snapshotPeriods, request.runId(), request.allowEmpty());
    }

    /**
     * Which source each file belongs to, most specific match first: a mapping's file_patterns (the first mapped source
     * that matches), else the form name the file is named after (顾客投诉登记表_2026-10.csv; the longest name found
     * wins), else the contracts' file patterns. A file matching two sources equally, or none, is an error naming it:
     * nothing in the input folder is skipped without a word (files listed in dw.ingest.ignore aside).
     */
    private Map<String, List<InputFile>> assign(List<InputFile> files, MappingFile mapping) {
        Map<String, List<InputFile>> bySource = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (InputFile f : files) {
            String source = null;
            for (var e : mapping.sources().entrySet()) {
                if (InputFiles.matches(f.fileName(), e.getValue().filePatterns())) {
                    source = e.getKey();
                    break;
                }
            }
            if (source == null) {
                source = byFormName(f);
            }
            if (source == null) {
                List<String> matching = contracts.all().stream()
                        .filter(c -> InputFiles.matches(f.fileName(), c.filePatterns())).map(SourceContract::source).toList();
                if (matching.size() > 1) {
                    throw new IngestException("file " + f.name() + ": its name matches the file patterns of " + String.join(" and ", matching)
                            + "; say which source it is in a mapping file (file_patterns:), or rename it");
                }
                source = matching.isEmpty() ? null : matching.get(0);
            }
            if (source == null) {
                unmatched.add(f.name());
            } else {
                bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(f);
            }
        }
        if (!unmatched.isEmpty()) {
            throw new IngestException("file " + String.join(", ", unmatched) + ": matches no source (names like complaints_2026-10.csv or "
                    + "顾客投诉登记表_2026-10.xlsx; see docs/sources.md); rename it, map it in a mapping file (file_patterns:), "
                    + "or list it in dw.ingest.ignore");
        }
        return bySource;
    }

    private String byFormName(InputFile f) {
        String name = TextKeys.key(f.fileName());
        Map<String, Integer> longest = new LinkedHashMap<>();
        for (SourceContract c : contracts.all()) {
            for (String form : c.formNamesWithTitle()) {
                String k = TextKeys.key(form);
                if (name.contains(k)) {
                    longest.merge(c.source(), k.length(), Math::max);
                }
            }
        }
        int best = longest.values().stream().max(Integer::compare).orElse(0);
        List<String> sources = longest.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (sources.size() > 1) {
            throw new IngestException("file " + f.name() + ": its name holds the form names of " + String.join(" and ", sources)
                    + "; say which source it is in a mapping file (file_patterns:), or rename it");
        }
        return sources.isEmpty() ? null : sources.get(0);
    }
}
