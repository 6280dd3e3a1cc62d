package io.opsdw.warehouse.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.warehouse.cli.DwCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complaint system's own status, category and deadline (due_at): the SLA is judged against due_at where the source
 * gives one and by the seeds' same-day rule where not; open records (the source's status wins over its dates) are
 * aged at the month's end with an overdue flag; the complaint report prints the ageing list and the category table.
 * Expected values are worked out by hand from the seven rows below, not from the SQL.
 */
class ComplaintSystemFieldsTest {

    static final YearMonth PERIOD = YearMonth.of(2019, 5);
    // id, received, resolved, closed, status, category, due
    static final String EXPORT = """
            complaint_id,received_at,resolved_at,closed_at,status,category,due_at,content
            1,2019-05-01 10:00,2019-05-02 09:00,,,Billing,2019-05-03 18:00,resolved the next day but before the source's deadline
            2,2019-05-01 10:00,2019-05-01 15:00,,,Billing,2019-05-01 12:00,resolved the same day but after the source's deadline
            3,2019-05-02 10:00,2019-05-02 20:00,,,Service,,no deadline: resolved the same day
            4,2019-05-03 10:00,2019-05-04 09:00,,,Service,,no deadline: resolved the next day
            5,2019-05-30 10:00,,,In progress,Billing,2019-06-05 18:00,open and not yet due
            6,2019-05-10 10:00,,,,,,open without status or deadline: due the day of receipt
            7,2019-05-20 10:00,,2019-05-21 10:00,Open,Billing,2019-05-25 18:00,the source says open beside a closed date
            """.replace("\n", "\r\n");
    static final String MAPPING = """
            sources:
              complaints:
                file_patterns: ["register*.csv"]
                constants: {site_code: HQ, channel: phone, record_type: complaint, validity: valid, severity: normal}
            masters:
              sites:
                - {site_code: HQ, site_name: 总部, site_name_en: Head office, business_line: property}
            """;

    @TempDir
    Path tmp;

    @Test
    void theSourcesDeadlineStatusAndCategoryDecideTheSlaTheAgeingAndTheCategoryTable() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in").resolve(PERIOD.toString()));
        Files.writeString(in.resolve("register_2019-05.csv"), EXPORT, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(tmp.resolve("register.yml"), MAPPING, StandardCharsets.UTF_8);
        String home = tmp.resolve("home").toString();
        DwCli.Result ingest = DwCli.run("ingest", "--period", PERIOD.toString(), "--input", tmp.resolve("in").toString(),
                "--mapping", mapping.toString(), "--home", home);
        assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.summary().path("accepted").asLong()).as(ingest.out()).isEqualTo(1 + 7);
        for (String step : new String[] {"transform", "publish"}) {
            DwCli.Result r = DwCli.run(step, "--period", PERIOD.toString(), "--home", home);
            assertThat(r.exit()).as(step + ": " + r.out() + r.err()).isZero();
        }

        LakeLayout lake = new LakeLayout(tmp.resolve("home"));
        Map<String, String> slaMet = new TreeMap<>();
        List<String> ageing = new ArrayList<>();
        Map<String, String> categories = new TreeMap<>();
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + lake.warehouseFile(), readOnly)) {
            ResultSet rs = c.createStatement().executeQuery("SELECT complaint_id, sla_met, is_open FROM fact_complaint");
            while (rs.next()) {
                slaMet.put(rs.getString(1), rs.getObject(2) + "/" + (rs.getBoolean(3) ? "open" : "not open"));
            }
            rs = c.createStatement().executeQuery("SELECT complaint_id, age_days, age_band, is_overdue FROM v_open_complaint_ageing "
                    + "WHERE period = '2019-05' ORDER BY complaint_id");
            while (rs.next()) {
                ageing.add(rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getString(3) + ":" + rs.getBoolean(4));
            }
            rs = c.createStatement().executeQuery("SELECT category_name, sum(received), sum(open), sum(sla_met), sum(sla_judged) "
                    + "FROM v_complaint_category_monthly WHERE period = '2019-05' GROUP BY 1");
            while (rs.next()) {
                categories.put(rs.getString(1), rs.getLong(2) + " received, " + rs.getLong(3) + " open, "
                        + rs.getLong(4) + "/" + rs.getLong(5) + " met");
            }
        }
        assertThat(slaMet).containsExactly(Map.entry("1", "true/not open"), Map.entry("2", "false/not open"),
                Map.entry("3", "true/not open"), Map.entry("4", "false/not open"), Map.entry("5", "null/open"),
                Map.entry("6", "null/open"), Map.entry("7", "null/open"));
        // aged at 2019-05-31: 5 received 05-30, due 06-05; 6 due the day of receipt; 7 due 05-25
        assertThat(ageing).containsExactly("5:1:age_0_1d:false", "6:21:age_8_30d:true", "7:11:age_8_30d:true");
        assertThat(categories).containsExactly(Map.entry("Billing", "4 received, 2 open, 1/2 met"),
                Map.entry("Service", "2 received, 0 open, 1/2 met"));

        DwCli.Result report = DwCli.run("report", "--period", PERIOD.toString(), "--home", home, "--report", "complaints",
                "--locale", "en", "--allow-partial");
        assertThat(report.exit()).as(report.out() + report.err()).isZero();
        Path pdf = lake.reports(PERIOD).resolve("complaints_" + PERIOD + "_ALL_en.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Open complaints by age", "8-30 days", "0-1 days", "Overdue", "On time",
                    "By the source's complaint category", "Billing", "Resolved by the deadline");
            assertThat(text).as("the deadline of complaint 6 is the day of receipt, marked *").contains("2019-05-10 *");
        }
    }
}
