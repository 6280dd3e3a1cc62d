package io.opsdw.ingest.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.count.FileCount;
import io.opsdw.ingest.count.RecordCounter;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.Manifest;
import io.opsdw.lakecontract.manifest.ManifestIO;
import io.opsdw.ingest.mapping.SourceMapping;
import io.opsdw.ingest.properties.GeneratedExport.Expected;
import io.opsdw.ingest.read.EncodingChoice;
import io.opsdw.ingest.read.FileProbe;
import io.opsdw.ingest.read.InputFile;
import io.opsdw.ingest.read.ProbedFile;
import io.opsdw.ingest.read.RawRecord;
import io.opsdw.ingest.read.TableReader;
import io.opsdw.ingest.read.TableReaders;
import io.opsdw.lakecontract.testing.TestSpark;
import io.opsdw.ingest.validate.FileBinding;
import io.opsdw.ingest.validate.ParsedRow;
import io.opsdw.ingest.validate.RowParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.Row;

/**
 * For random exports with random faults (see {@link ExportArbitraries}), whatever is written:
 *
 * <ul>
 *   <li>the independent count of records = the records the reader produced = the records the generator wrote;</li>
 *   <li>every record is accepted or quarantined, never both, never neither: the clean ones accepted with exactly the
 *       values written, the faulty ones quarantined.</li>
 * </ul>
 *
 * Checked twice: many exports through the reader, counter and row parser directly (milliseconds each), and a few
 * through the whole {@link IngestJob} on Spark, reading back the Parquet and the manifest it lands. Tries are fixed so
 * the test stays well under a minute.
 */
class IngestPropertiesTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final SourceContract COMPLAINTS = ContractRegistry.load().get("complaints");
    private static final Path SCRATCH = Path.of("target", "properties");

    @Provide
    Arbitrary<GeneratedExport> exports() {
        return ExportArbitraries.exports().filter(ExportArbitraries::writable);
    }

    @Property(tries = 200)
    void everyRecordIsCountedReadAndLandedAsWritten(@ForAll("exports") GeneratedExport export) throws Exception {
        Path dir = Files.createDirectories(SCRATCH).resolve("direct-" + System.nanoTime());
        try {
            List<Expected> expected = export.write(dir);
            InputFile input = new InputFile(dir.resolve(export.fileName()), export.fileName());
            ProbedFile p = EncodingChoice.weigh(FileProbe.probe(input, Optional.empty(), Optional.empty()), COMPLAINTS, SourceMapping.none());
            FileCount counted = RecordCounter.count(p, 0);
            assertThat(counted.error()).isNull();

            Map<String, ParsedRow> read = new LinkedHashMap<>();
            long countedRecords = 0;
            List<String> sheets = TableReaders.tables(p);
            for (int s = 0; s < sheets.size(); s++) {
                try (TableReader reader = TableReaders.open(p, 0, s)) {
                    if (reader.header().isEmpty() || "说明".equals(sheets.get(s))) {
                        continue;
                    }
                    FileBinding binding = FileBinding.bind(export.fileName(), reader.header(), COMPLAINTS, SourceMapping.none());
                    RowParser parser = new RowParser(COMPLAINTS, SourceMapping.none(), binding, OCT, export.fileName());
                    long records = 0;
                    for (RawRecord rec = reader.next(); rec != null; rec = reader.next()) {
                        records++;
                        List<ParsedRow> rows = parser.parse(rec);
                        assertThat(rows).hasSize(1);
                        assertThat(read.put(sheets.get(s) + ":" + rec.line(), rows.get(0))).as("one record per line").isNull();
                    }
                    assertThat(counted.table(s).records()).as("independent count of " + sheets.get(s)).isEqualTo(records);
                    countedRecords += counted.table(s).records();
                }
            }
            assertThat(countedRecords).as("records counted = records written").isEqualTo(expected.size());
            for (Expected e : expected) {
                ParsedRow r = read.get(e.sheet() + ":" + e.line());
                assertThat(r).as("record at " + e.sheet() + ":" + e.line()).isNotNull();
                if (e.accepted()) {
                    assertThat(r.failure()).as("record at line " + e.line() + ": " + r.rawText()).isNull();
                    assertThat(values(r)).as("values of line " + e.line()).isEqualTo(e.values());
                } else {
                    assertThat(r.failure()).as("record at line " + e.line() + " (" + e.fault() + "): " + r.rawText()).isNotNull();
                }
            }
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 4)
    void theLandedMonthHoldsExactlyWhatWasWritten(@ForAll("exports") GeneratedExport export) throws Exception {
        Path dir = Files.createDirectories(SCRATCH).resolve("landed-" + System.nanoTime());
        try {
            List<Expected> expected = export.write(dir.resolve("in").resolve(OCT.toString()));
            LakeLayout lake = new LakeLayout(dir.resolve("lake").toAbsolutePath());
            new IngestJob(TestSpark.get(), lake, IngestOptions.defaults().withMaxQuarantineShare(1.0))
                    .run(new IngestRequest(OCT, dir.resolve("in"), Optional.empty(), Optional.empty(), "property", true));
            Manifest m = ManifestIO.read(TestSpark.lakeFs(), lake.manifest("complaints", OCT));
            assertThat(m.rowsCounted()).as("independent count").isEqualTo(m.accepted() + m.quarantined()).isEqualTo(expected.size());

            Map<String, Row> raw = new HashMap<>();
            for (Row r : TestSpark.get().read().parquet(lake.raw("complaints", OCT).toString()).collectAsList()) {
                raw.put(r.<String>getAs("_source_file") + ":" + r.<Long>getAs("_source_line"), r);
            }
            Map<String, Row> quarantined = new HashMap<>();
            for (Row r : TestSpark.get().read().parquet(lake.quarantine("complaints", OCT).toString()).collectAsList()) {
                quarantined.put(r.<String>getAs("_source_file") + ":" + r.<Long>getAs("_source_line"), r);
            }
            boolean severalSheets = export.format() == GeneratedExport.Format.XLSX && export.sheets() > 1;
            for (Expected e : expected) {
                String label = export.fileName() + (severalSheets ? "#" + e.sheet() : "");
                String at = label + ":" + e.line();
                if (e.accepted()) {
                    assertThat(raw).as("accepted " + at).containsKey(at);
                    Map<String, Object> landed = new LinkedHashMap<>();
                    e.values().keySet().forEach(f -> landed.put(f, raw.get(at).getAs(f)));
                    assertThat(landed).as("values at " + at).isEqualTo(e.values());
                } else {
                    assertThat(quarantined).as("quarantined " + at + " (" + e.fault() + ")").containsKey(at);
                }
            }
            assertThat(raw.size() + quarantined.size()).isEqualTo(expected.size());
        } finally {
            delete(dir);
        }
    }

    private static Map<String, Object> values(ParsedRow r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : GeneratedExport.FIELDS) {
            out.put(f, r.values()[COMPLAINTS.indexOf(f)]);
        }
        return out;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
