package io.opsdw.ingest.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsdw.ingest.IngestException;
import io.opsdw.ingest.IngestJob;
import io.opsdw.ingest.IngestOptions;
import io.opsdw.ingest.IngestReport;
import io.opsdw.ingest.IngestRequest;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.ingest.testing.Fixtures;
import io.opsdw.lakecontract.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-level problems stop the source with one line naming the file and the fix, and write nothing. */
class FileLevelErrorsTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    private LakeLayout lake() {
        return new LakeLayout(tmp.resolve("lake"));
    }

    private IngestReport ingest(Path in, Optional<Path> mapping) {
        return new IngestJob(TestSpark.get(), lake()).run(new IngestRequest(OCT, in, Optional.empty(), mapping, "err"));
    }

    private void assertFails(Path in, Optional<Path> mapping, String source, String... fragments) {
        assertThatThrownBy(() -> ingest(in, mapping))
                .isInstanceOf(IngestException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n").contains(fragments);
                });
        assertThat(TestSpark.lakeFs().exists(lake().raw(source, OCT))).as("raw").isFalse();
        assertThat(TestSpark.lakeFs().exists(lake().quarantine(source, OCT))).as("quarantine").isFalse();
        assertThat(TestSpark.lakeFs().exists(lake().manifest(source, OCT))).as("manifest").isFalse();
    }

    @Test
    void missingRequiredColumn() {
        assertFails(Fixtures.copy("file-errors/missing-column", tmp.resolve("in")), Optional.empty(), "complaints",
                "complaints_2026-10.csv", "missing required column", "received_at", "mapping");
    }

    @Test
    void emptyFile() {
        assertFails(Fixtures.copy("file-errors/empty", tmp.resolve("in")), Optional.empty(), "complaints",
                "complaints_2026-10.csv", "empty file");
    }

    @Test
    void htmlInsteadOfATable() {
        assertFails(Fixtures.copy("file-errors/html", tmp.resolve("in")), Optional.empty(), "complaints",
                "complaints_2026-10.csv", "HTML");
    }

    @Test
    void binaryFileIsNotATable() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        byte[] bytes = new byte[300];
        Arrays.fill(bytes, (byte) 0);
        bytes[0] = 'a';
        Files.write(dir.resolve("complaints_2026-10.csv"), bytes);
        assertFails(tmp.resolve("in"), Optional.empty(), "complaints", "complaints_2026-10.csv", "binary");
    }

    @Test
    void declaredEncodingThatDoesNotFitIsAFileError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        Files.write(dir.resolve("complaints_2026-10.csv"),
                "投诉编号,门店编码,投诉时间\nC1,S01,2026-10-05 10:00\n".getBytes(Charset.forName("GBK")));
        Path mapping = tmp.resolve("m.yml");
        Files.writeString(mapping, "sources:\n  complaints:\n    encoding: UTF-8\n");
        assertFails(tmp.resolve("in"), Optional.of(mapping), "complaints", "complaints_2026-10.csv", "does not decode as UTF-8");
    }

    @Test
    void mixedEncodingsInOneFileAreAFileError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("投诉编号,门店编码,投诉时间,投诉内容\n".getBytes(Charset.forName("UTF-8")));
        for (int i = 0; i < 20; i++) {
            b.write(("C" + i + ",S01,2026-10-05 10:00,化妆师迟到了很久客户非常不满意\n").getBytes(Charset.forName("UTF-8")));
            b.write(("D" + i + ",S01,2026-10-05 10:00,化妝師遲到了很久客戶非常不滿意\n").getBytes(Charset.forName("Big5")));
        }
        Files.write(dir.resolve("complaints_2026-10.csv"), b.toByteArray());
        assertThatThrownBy(() -> ingest(tmp.resolve("in"), Optional.empty()))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("complaints_2026-10.csv")
                .hasMessageFindingMatch("does not decode|cannot tell its encoding|missing required");
        assertThat(TestSpark.lakeFs().exists(lake().raw("complaints", OCT))).as("raw").isFalse();
    }

    @Test
    void truncatedXlsx() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("客户").createRow(0);
            row.createCell(0).setCellValue("客户编号");
            row.createCell(1).setCellValue("客户类型");
            row.createCell(2).setCellValue("会员等级");
            wb.write(out);
        }
        byte[] full = out.toByteArray();
        Files.write(dir.resolve("customers_2026-10.xlsx"), Arrays.copyOf(full, full.length / 2));
        assertFails(tmp.resolve("in"), Optional.empty(), "customers", "customers_2026-10.xlsx", "not a readable XLSX");
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var os = encryptor.getDataStream(fs)) {
            wb.createSheet("客户").createRow(0).createCell(0).setCellValue("客户编号");
            wb.write(os);
        }
        try (var out = Files.newOutputStream(dir.resolve("customers_2026-10.xlsx"))) {
            fs.writeFilesystem(out);
        }
        fs.close();
        assertFails(tmp.resolve("in"), Optional.empty(), "customers", "customers_2026-10.xlsx", "password");
    }

    @Test
    void aFileMatchingNoSourceIsAnErrorUnlessIgnored() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        Files.writeString(dir.resolve("_faults.json"), "{}");
        Files.writeString(dir.resolve("readme.txt"), "nothing here");
        assertFails(tmp.resolve("in"), Optional.empty(), "complaints", "readme.txt", "matches no source", "dw.ingest.ignore");
        IngestReport report = new IngestJob(TestSpark.get(), lake(), IngestOptions.defaults().withIgnore(List.of("*.txt")))
                .run(new IngestRequest(OCT, tmp.resolve("in"), Optional.empty(), Optional.empty(), "err"));
        assertThat(report.sources()).isEmpty();
        assertThat(report.ignoredFiles()).containsExactly("readme.txt");
    }

    @Test
    void headerOnlyFileLandsZeroRowsWithAWarning() {
        IngestReport r = ingest(Fixtures.copy("file-errors/header-only", tmp.resolve("in")), Optional.empty());
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.rowsRead()).isZero();
            assertThat(s.accepted() + s.quarantined()).isZero();
        });
        assertThat(io.opsdw.lakecontract.manifest.ManifestIO.read(TestSpark.lakeFs(), lake().manifest("complaints", OCT)).warnings())
                .anyMatch(w -> w.contains("no data rows"));
    }
}
