package io.opsdw.ingest;

import io.opsdw.ingest.contract.ContractRegistry;
import io.opsdw.ingest.contract.SourceContract;
import io.opsdw.ingest.lake.LakeLayout;
import io.opsdw.ingest.land.SourceLander;
import io.opsdw.ingest.mapping.MappingFile;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.read.InputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage's entry point (used by the {@code dw ingest} CLI): matches a period's export files to sources
 * and lands each source, masters first so references can be checked. The caller owns the Spark session.
 */
public final class IngestJob {

    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    private final LakeLayout lake;
    private final ContractRegistry contracts;
    private final SourceLander lander;

    public IngestJob(SparkSession spark, LakeLayout lake) {
        this.lake = lake;
        this.contracts = ContractRegistry.load();
        this.lander = new SourceLander(spark, lake, contracts);
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
        Map<String, List<Path>> bySource = assign(InputFiles.list(dir, request.inputDir()), mapping);

        List<SourceResult> results = new ArrayList<>();
        for (SourceContract c : contracts.all()) {
            List<Path> files = bySource.get(c.source());
            if (files == null || request.source().filter(s -> !s.equals(c.source())).isPresent()) {
                continue;
            }
            SourceMapping m = mapping.forSource(c.source()).orElse(SourceMapping.none());
            results.add(lander.land(c, m, files, request.period(), request.runId()));
        }
        LOG.info("ingest {} from {} into {}: {} sources", request.period(), dir, lake.home(), results.size());
        return new IngestReport(results);
    }

    /** A file belongs to the first source whose patterns match; a mapping's patterns are tried before the contracts'. */
    private Map<String, List<Path>> assign(List<Path> files, MappingFile mapping) {
        Map<String, List<Path>> bySource = new LinkedHashMap<>();
        for (Path f : files) {
            String source = null;
            for (var e : mapping.sources().entrySet()) {
                if (InputFiles.matches(f, e.getValue().filePatterns())) {
                    source = e.getKey();
                    break;
                }
            }
            if (source == null) {
                for (SourceContract c : contracts.all()) {
                    if (InputFiles.matches(f, c.filePatterns())) {
                        source = c.source();
                        break;
                    }
                }
            }
            if (source == null) {
                LOG.warn("{}: matches no source's file patterns; ignored", f.getFileName());
            } else {
                bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(f);
            }
        }
        return bySource;
    }
}
