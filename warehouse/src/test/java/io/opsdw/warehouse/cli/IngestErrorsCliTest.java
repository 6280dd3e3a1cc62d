package io.opsdw.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.ingest.testing.Complaints;
import io.opsdw.ingest.testing.Zips;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dw ingest as an operator meets it when an export is wrong: one line on stderr saying what to fix (also when
 * several sources land at once, and with no Spark stack trace on the real stderr), exit 1, the JSON line last, and the
 * landed month kept; the options that let the operator decide otherwise.
 */
class IngestErrorsCliTest {

    private static final String SITES = "门店编码,门店名称,业态\nS01,星光影楼,影楼\n";

    @TempDir
    Path tmp;

    private Path month(String... nameAndText) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in/2026-10"));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(dir.resolve(nameAndText[i]), nameAndText[i + 1], StandardCharsets.UTF_8);
        }
        return tmp.resolve("in");
    }

    /** These tests are about one export's rows: its sites master is not what they test (see the masters test). */
    private DwCli.Result ingest(Path in, String... more) {
        List<String> args = new ArrayList<>(List.of("--dw.ingest.require-masters=false"));
        args.addAll(Arrays.asList(more));
        return ingestAsConfigured(in, args.toArray(String[]::new));
    }

    private DwCli.Result ingestAsConfigured(Path in, String... more) {
        List<String> args = new ArrayList<>(List.of("ingest", "--period", "2026-10", "--input", in.toString(),
                "--home", tmp.resolve("home").toString()));
        args.addAll(Arrays.asList(more));
        return DwCli.run(args.toArray(String[]::new));
    }

    @Test
    void anExportWhoseSitesAreNowhereStopsTheIngestAndAMappingDeclaringThemLandsIt() throws Exception {
        Path in = month("complaints_2026-10.csv", Complaints.csv(Complaints.row("C1"), Complaints.row("C2")));
        assertOneLineFailure(ingestAsConfigured(in), "complaints.site_code names sites, but there is no sites master data for 2026-10",
                "sites_2026-10.csv", "masters: sites:");
        Path mapping = Files.writeString(tmp.resolve("sites.yml"), "masters:\n  sites:\n"
                + "    - {site_code: S01, site_name: 星光影楼, business_line: studio}\n", StandardCharsets.UTF_8);
        DwCli.Result landed = ingestAsConfigured(in, "--mapping", mapping.toString());
        assertThat(landed.exit()).as(landed.out() + landed.err()).isZero();
        assertThat(landed.out()).contains("ingest", "sites", "complaints");
        assertThat(landed.summary().path("accepted").asLong()).isEqualTo(1 + 2);
        // the departments the complaints name are not in the lake: said on stdout and in the summary, not only in the manifest
        assertThat(landed.out()).contains("warning: complaints: responsible_dept_code not checked against departments");
        assertThat(landed.summary().path("warnings").toString()).contains("complaints: responsible_dept_code not checked");
    }

    private static void assertOneLineFailure(DwCli.Result r, String... fragments) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("dw: ").contains(fragments);
        assertThat(r.summary().path("status").asText()).isEqualTo("failed");
    }

    @Test
    void aCorruptWorkbookAmongSourcesLandingAtOnceIsOneLineOnTheRealStderr() throws Exception {
        Path in = month("sites_2026-10.csv", SITES);
        Path book = in.resolve("2026-10/departments_2026-10.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            var s = wb.createSheet("部门");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("部门编码");
            h.createCell(1).setCellValue("部门名称");
            h.createCell(2).setCellValue("业态");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("D01");
            r.createCell(1).setCellValue("摄影部");
            r.createCell(2).setCellValue("影楼");
            wb.write(out);
        }
        Zips.rewrite(book, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("(<c r=\"A2\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$19999$2"));

        // a separate JVM: what reaches its stderr is what a terminal or an Airflow log shows, logging included
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(Arrays.asList(System.getProperty("opsdw.spark.jvm.flags", "").trim().split("\\s+")));
        String cp = System.getProperty("surefire.test.class.path");
        cmd.addAll(List.of("-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-cp", cp == null || cp.isBlank()
                        ? System.getProperty("java.class.path") : cp, "io.opsdw.warehouse.DwApplication",
                "ingest", "--period", "2026-10", "--input", in.toString(), "--home", tmp.resolve("home").toString(),
                "--dw.spark.master=local[2]"));
        Process p = new ProcessBuilder(cmd).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> copy(p.getInputStream(), out));
        pump.start();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        pump.join();
        String stderr = new String(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isEqualTo(ExitCodes.FAILED);
        assertThat(stderr.lines().toList()).as(stderr).singleElement().asString()
                .startsWith("dw: file departments_2026-10.xlsx: ").hasSizeLessThan(400);
        List<String> stdout = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(stdout.get(stdout.size() - 1)).contains("\"status\":\"failed\"");
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMostlyQuarantinedSourceExitsOneWithItsTopReasonsUnlessTheLimitIsRaised() throws Exception {
        Path in = month("complaints_2026-10.csv", Complaints.csv(Complaints.row("C1", "channel", "微信"),
                Complaints.row("C2", "channel", "微信"), Complaints.row("C3")));
        assertOneLineFailure(ingest(in), "complaints 2026-10: 2 of 3 rows", "UNKNOWN_CODE 2 (mostly channel)",
                "dw.ingest.max-quarantine-share");
        DwCli.Result landed = ingest(in, "--dw.ingest.max-quarantine-share=1");
        assertThat(landed.exit()).as(landed.err()).isZero();
        assertThat(landed.summary().path("quarantined").asLong()).isEqualTo(2);
        assertThat(landed.summary().path("rows_counted").asLong()).isEqualTo(3);
    }

    @Test
    void aHeaderOnlyReExportKeepsTheLandedMonthUnlessAllowed() throws Exception {
        Path in = month("complaints_2026-10.csv", Complaints.csv(Complaints.row("C1"), Complaints.row("C2")));
        assertThat(ingest(in).exit()).isZero();
        Files.writeString(in.resolve("2026-10/complaints_2026-10.csv"), Complaints.csv(), StandardCharsets.UTF_8);
        assertOneLineFailure(ingest(in), "no data rows", "2 rows landed", "--allow-empty");
        DwCli.Result allowed = ingest(in, "--allow-empty");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.summary().path("rows_in").asLong()).isZero();
    }

    @Test
    void aFileOfNoSourceStopsTheIngestUnlessIgnoredAndSkippedSheetsAreSaid() throws Exception {
        Path in = month("complaints_2026-10.csv", Complaints.csv(Complaints.row("C1")), "说明.txt", "本月数据说明");
        assertOneLineFailure(ingest(in), "file 说明.txt: matches no source", "dw.ingest.ignore");
        DwCli.Result ignored = ingest(in, "--dw.ingest.ignore=*.txt");
        assertThat(ignored.exit()).as(ignored.err()).isZero();
        assertThat(ignored.out()).contains("note: 说明.txt not read (dw.ingest.ignore)");
    }
}
