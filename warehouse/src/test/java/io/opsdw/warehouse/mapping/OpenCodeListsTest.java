package io.opsdw.warehouse.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.cli.DwCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mapping that adds codes to a contract's code list (with zh-CN and en labels) and sends every other value to a
 * fallback code: the rows land (none quarantined as UNKNOWN_CODE), the fallback rows are counted in a warning on
 * stdout, in the JSON summary and the manifest, and the added labels reach dim_channel and the printed report. A
 * business line the mapping adds (a public agency) labels the declared site.
 */
class OpenCodeListsTest {

    static final YearMonth PERIOD = YearMonth.of(2019, 5);
    static final String EXPORT = "Complaint ID,Date received,Submitted via,Issue\r\n"
            + "1,2019-05-01,Web,Late delivery\r\n"
            + "2,2019-05-02,Web,Rude staff\r\n"
            + "3,2019-05-03,Phone,Wrong bill\r\n"
            + "4,2019-05-04,Kiosk,Broken kiosk\r\n"
            + "5,2019-05-05,Carrier pigeon,Lost letter\r\n";
    static final String MAPPING = """
            sources:
              complaints:
                file_patterns: ["agency*.csv"]
                headers: {Complaint ID: complaint_id, Date received: received_at, Submitted via: channel, Issue: content}
                add_codes:
                  channel:
                    web_portal: {zh-CN: 网上平台, en: Online portal}
                    other_channel: {zh-CN: 其他渠道, en: Any other way}
                codes:
                  channel: {Web: web_portal, Phone: phone}
                fallback_codes:
                  channel: other_channel
                constants: {site_code: HQ, record_type: complaint, validity: pending, severity: normal}
              sites:
                add_codes:
                  business_line:
                    agency: {zh-CN: 政府机构, en: Public agency}
            masters:
              sites:
                - {site_code: HQ, site_name: 总部, site_name_en: Head office, business_line: agency}
            """;

    @TempDir
    Path tmp;

    @Test
    void addedCodesLandWithTheirLabelsAndUnknownValuesFallBackCounted() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in").resolve(PERIOD.toString()));
        Files.writeString(in.resolve("agency_complaints.csv"), EXPORT, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(tmp.resolve("agency.yml"), MAPPING, StandardCharsets.UTF_8);
        String home = tmp.resolve("home").toString();

        DwCli.Result ingest = DwCli.run("ingest", "--period", PERIOD.toString(), "--input", tmp.resolve("in").toString(),
                "--mapping", mapping.toString(), "--home", home);
        assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
        String warning = "complaints: channel: 2 rows with a value that is none of the codes landed as the fallback code 'other_channel'";
        assertThat(ingest.out()).contains("warning: " + warning);
        assertThat(ingest.summary().path("warnings").toString()).contains(warning);
        assertThat(ingest.summary().path("quarantined").asLong()).isZero();

        LakeLayout lake = new LakeLayout(tmp.resolve("home"));
        JsonNode manifest = new ObjectMapper().readTree(
                LakeLayout.localPath(lake.manifest("complaints", PERIOD)).toFile());
        assertThat(manifest.path("code_fallbacks").toString()).isEqualTo("{\"channel\":2}");
        assertThat(manifest.path("added_codes").path("channel").path("web_portal").path("en").asText()).isEqualTo("Online portal");
        assertThat(manifest.path("warnings").toString()).contains(warning.substring("complaints: ".length()));

        for (String step : new String[] {"transform", "publish"}) {
            DwCli.Result r = DwCli.run(step, "--period", PERIOD.toString(), "--home", home);
            assertThat(r.exit()).as(step + ": " + r.out() + r.err()).isZero();
        }
        Map<String, String> channels = new TreeMap<>();
        Map<String, Long> complaintsByChannel = new TreeMap<>();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + lake.warehouseFile(), readOnly)) {
            ResultSet rs = c.createStatement().executeQuery("SELECT channel_code, channel_name_zh || '/' || channel_name_en FROM dim_channel");
            while (rs.next()) {
                channels.put(rs.getString(1), rs.getString(2));
            }
            rs = c.createStatement().executeQuery("SELECT d.channel_code, count(*) FROM fact_complaint f "
                    + "JOIN dim_channel d USING (channel_key) GROUP BY 1");
            while (rs.next()) {
                complaintsByChannel.put(rs.getString(1), rs.getLong(2));
            }
        }
        String businessLine;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + lake.warehouseFile(), readOnly)) {
            ResultSet rs = c.createStatement().executeQuery(
                    "SELECT business_line || '/' || business_line_name_zh || '/' || business_line_name_en FROM dim_site WHERE site_code = 'HQ'");
            businessLine = rs.next() ? rs.getString(1) : null;
        }
        assertThat(businessLine).as("a business line the mapping adds").isEqualTo("agency/政府机构/Public agency");
        assertThat(channels).containsEntry("web_portal", "网上平台/Online portal")
                .containsEntry("other_channel", "其他渠道/Any other way").containsEntry("phone", "电话/Phone");
        assertThat(complaintsByChannel).containsExactly(Map.entry("other_channel", 2L), Map.entry("phone", 1L),
                Map.entry("web_portal", 2L));

        DwCli.Result report = DwCli.run("report", "--period", PERIOD.toString(), "--home", home, "--report", "complaints",
                "--locale", "en", "--allow-partial");
        assertThat(report.exit()).as(report.out() + report.err()).isZero();
        Path pdf = lake.reports(PERIOD).resolve("complaints_" + PERIOD + "_ALL_en.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).as("the added codes' labels are printed").contains("Online portal").contains("Any other way");
        }
    }
}
