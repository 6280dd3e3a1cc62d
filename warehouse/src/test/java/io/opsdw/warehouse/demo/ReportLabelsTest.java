package io.opsdw.warehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Labels, never codes: no value of any contract's code lists appears in the text of any of the demo's October
 * PDFs (every report, company-wide and per site). In Chinese reports no code may appear at all; in English ones a
 * code that is also an ordinary English word of the reports' own wording (a label, a heading, a definition: "count",
 * "food", "service") cannot be told from prose, so there every other code is checked, multi-word codes such as
 * walk_in or water_bar above all. Matches are whole words, case-sensitive (the label "Phone" is not the code "phone").
 */
class ReportLabelsTest {

    @Test
    void noCodeStringAppearsInAnyChineseOrEnglishReport() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (SourceContract c : ContractRegistry.load().all()) {
            for (FieldSpec f : c.fields()) {
                codes.addAll(f.codeAliases().keySet());
            }
        }
        assertThat(codes).contains("walk_in", "water_bar", "meeting_room", "vip", "internal", "sales_centre");
        Set<String> english = englishWording();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(DemoHome.get().resolve("reports/" + DemoHome.PERIOD))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSize(io.opsdw.reports.ReportCatalog.NAMES.size() * 8 * 2); // 7 sites and the company, 2 languages
        Map<String, Set<String>> found = new TreeMap<>();
        int checked = 0;
        for (Path pdf : pdfs) {
            boolean zh = pdf.getFileName().toString().endsWith("_zh-CN.pdf");
            String text = ReportFiguresTest.text(pdf);
            for (String code : codes) {
                if (!zh && !code.contains("_") && english.contains(code)) {
                    continue;
                }
                checked++;
                if (Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(code) + "(?![A-Za-z0-9_])").matcher(text).find()) {
                    found.computeIfAbsent(pdf.getFileName().toString(), k -> new TreeSet<>()).add(code);
                }
            }
        }
        assertThat(found).as("codes printed instead of labels").isEmpty();
        assertThat(checked).isGreaterThan(32 * codes.size());
    }

    /**
     * Every lowercase word of the English reports' own wording: the bundle, the KPI definitions, the labels and the
     * English names of sites, departments and items ("Changfang Times City property office").
     */
    static Set<String> englishWording() throws Exception {
        List<String> texts = new ArrayList<>();
        Properties bundle = new Properties();
        try (InputStream in = ReportLabelsTest.class.getResourceAsStream("/i18n/reports.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        bundle.values().forEach(v -> texts.add((String) v));
        try (Connection c = DemoHome.readOnly(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT name_en || ' ' || definition_en FROM kpi_definitions UNION ALL SELECT label_en FROM code_labels "
                        + "UNION ALL SELECT title_en FROM dim_source UNION ALL SELECT site_name_en FROM dim_site "
                        + "UNION ALL SELECT dept_name_en FROM dim_department UNION ALL SELECT item_name_en FROM dim_item")) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        Set<String> words = new TreeSet<>();
        for (String t : texts) {
            for (String w : t.split("[^A-Za-z0-9_]+")) {
                if (!w.isEmpty() && w.equals(w.toLowerCase())) {
                    words.add(w);
                }
            }
        }
        return words;
    }

}
