package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the reports print, on every report, company-wide and for each site, in both languages, on a fixture whose site
 * names and identifiers are as long as a real business's: nothing cut off, no identifier or name broken across
 * lines, nothing shrunk below legibility; amounts name their currency and quantities print no ".0"; the footer time
 * is in the business's zone; every PDF carries its own title, subject, keywords and author, and a bookmark per section.
 */
class PrintedPageTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");
    static final YearMonth OCT = YearMonth.of(2026, 10);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Points: the smallest text a manager reads comfortably on A4. */
    static final float MIN_FONT_SIZE = 7f;

    @TempDir
    static Path tmp;
    static Path warehouse;
    static Path out;
    static final List<ReportService.Filled> filled = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        lengthenNamesAndIdentifiers(warehouse);
        out = tmp.resolve("out");
        ReportRequest all = request(List.of(), true);
        new ReportService().fill(all, filled::add);
        new ReportService().render(request(List.of(), false));
    }

    static ReportRequest request(List<String> reports, boolean allSites) {
        return new ReportRequest(warehouse, OCT, reports, List.of(), allSites, List.of(ZH, Locale.ENGLISH), List.of("pdf"),
                out, Instant.parse("2026-11-23T01:58:00Z"), SHANGHAI);
    }

    /** Names and identifiers as long as the sample generator's and the real exports' (the fixture's are short). */
    static void lengthenNamesAndIdentifiers(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE dim_site SET site_name = CASE site_code WHEN 'S01' THEN '星光婚纱摄影旗舰店' "
                    + "WHEN 'S02' THEN '奥林匹克花园营销中心' WHEN 'S03' THEN '长房时代城物业服务中心' ELSE site_name END");
            st.execute("UPDATE fact_order SET order_id = 'DD2026100' || substr(order_id, 4) || '89', "
                    + "package = package || '旅拍', shoot_location = shoot_location || '湘江风光带'");
            st.execute("UPDATE fact_complaint SET complaint_id = 'TS2026100' || right(complaint_id, 3) || '47'");
            st.execute("UPDATE dim_department SET dept_name = dept_name || '客户' WHERE dept_key > 0");
        }
    }

    @Test
    void noTextIsCutOff() {
        List<String> cut = new ArrayList<>();
        eachText((where, t) -> {
            if (t.getTextTruncateIndex() != null) {
                cut.add(where + " '" + t.getFullText() + "' printed as '" + t.getFullText().substring(0, t.getTextTruncateIndex()) + "'");
            }
        });
        assertThat(cut).isEmpty();
    }

    @Test
    void identifiersNamesAndNumbersNeverBreakAcrossLines() {
        List<String> broken = new ArrayList<>();
        eachText((where, t) -> {
            String s = t.getFullText();
            short[] breaks = t.getLineBreakOffsets();
            if (s == null || breaks == null) {
                return;
            }
            int at = 0;
            for (short b : breaks) {
                at += b;
                if (at > 0 && at < s.length() && midToken(s, at)) {
                    broken.add(where + " '" + s.substring(0, at) + " / " + s.substring(at) + "'");
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    /**
     * A line break inside a token: never between two letters or digits of a Latin word or number, and never inside
     * a short text (a name, a label), whatever its script; free text (a customer's suggestion, a countermeasure: long,
     * or a sentence with Chinese sentence punctuation, which no name or label has) may wrap between Han characters as
     * Chinese does.
     */
    static boolean midToken(String s, int at) {
        char before = s.charAt(at - 1);
        char after = s.charAt(at);
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return false;
        }
        boolean latinWord = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
                && !isHan(before) && !isHan(after);
        boolean sentence = s.chars().anyMatch(c -> "，。；！？".indexOf(c) >= 0);
        return latinWord || (!sentence && s.strip().length() <= 24);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    @Test
    void nothingPrintsSmallerThanAManagerCanRead() {
        List<String> small = new ArrayList<>();
        eachText((where, t) -> {
            if (t.getFullText() != null && !t.getFullText().isBlank() && t.getFontSize() < MIN_FONT_SIZE) {
                small.add(where + " '" + t.getFullText() + "' at " + t.getFontSize() + " pt");
            }
        });
        assertThat(small).isEmpty();
    }

    @Test
    void noSectionTitleIsLeftAloneAtTheFootOfAPage() {
        List<String> orphans = new ArrayList<>();
        for (ReportService.Filled f : filled) {
            int footer = f.print().getPageHeight() - f.print().getBottomMargin() - 30; // master.jrxml pageFooter height
            for (int p = 0; p < f.print().getPages().size(); p++) {
                List<JRPrintElement> elements = f.print().getPages().get(p).getElements();
                for (JRPrintElement title : elements) {
                    if (title.getStyle() != null && "section".equals(title.getStyle().getName())) {
                        int below = title.getY() + title.getHeight();
                        boolean content = elements.stream().anyMatch(e -> e.getY() >= below && e.getY() < footer);
                        if (!content) {
                            orphans.add(f.definition().name() + " " + f.site() + " " + f.locale() + " p" + (p + 1) + " '"
                                    + ((JRPrintText) title).getFullText() + "'");
                        }
                    }
                }
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void amountsNameTheirCurrencyAndQuantitiesPrintNoEmptyDecimals() throws Exception {
        String zh = Pdfs.text(out.resolve("operations_2026-10_ALL_zh-CN.pdf"));
        String en = Pdfs.text(out.resolve("operations_2026-10_ALL_en.pdf"));
        String amount = new DecimalFormat("#,##0.00").format(Fixture.scalar(warehouse,
                "SELECT SUM(amount) FROM fact_order WHERE period = '2026-10'"));
        assertThat(zh).contains("金额 (元)", amount + " 元");
        assertThat(en).contains("Amount (CNY)", "CNY " + amount);

        String consumption = Pdfs.text(out.resolve("consumption_2026-10_ALL_zh-CN.pdf"));
        long drinks = Fixture.count(warehouse, "SELECT SUM(f.issue_qty) FROM fact_inventory_movement f "
                + "JOIN dim_item i USING (item_key) JOIN dim_site s USING (site_key) "
                + "WHERE f.period = '2026-10' AND i.category = 'drink' AND s.site_code = 'S01'");
        assertThat(consumption).contains("星光婚纱摄影旗舰店 " + drinks + " ").doesNotContain(drinks + ".0 ");
    }

    @Test
    void theFooterTimeIsInTheBusinessTimeZone() throws Exception {
        // 01:58 UTC is 09:58 in Shanghai
        assertThat(Pdfs.text(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"))).contains("生成时间 2026-11-23 09:58 UTC+08:00");
        assertThat(Pdfs.text(out.resolve("complaints_2026-10_ALL_en.pdf"))).contains("Generated 2026-11-23 09:58 UTC+08:00");
        assertThat(ReportService.generatedAt(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("America/New_York")))
                .isEqualTo("2026-07-01 08:00 UTC-04:00");
        assertThat(ReportService.generatedAt(Instant.parse("2026-07-01T12:00:00Z"), java.time.ZoneOffset.UTC))
                .isEqualTo("2026-07-01 12:00 UTC");
    }

    @Test
    void eachPdfSaysWhatItIs() throws Exception {
        String companies = String.join(", ", new java.util.TreeSet<>(List.of(String.valueOf(
                Fixture.scalar(warehouse, "SELECT string_agg(DISTINCT company, '|') FROM dim_site WHERE site_key <> 0")).split("\\|"))));
        for (String report : ReportCatalog.NAMES) {
            for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
                ResourceBundle bundle = ReportRenderer.bundle(locale);
                String title = bundle.getString(report + ".title");
                Path pdf = out.resolve(report + "_2026-10_ALL_" + locale.toLanguageTag() + ".pdf");
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDDocumentInformation info = doc.getDocumentInformation();
                    assertThat(info.getTitle()).isEqualTo(title + " 2026-10 " + bundle.getString("site.all"));
                    assertThat(info.getSubject()).contains(title, "2026-10");
                    assertThat(info.getKeywords()).contains(title, "2026-10", "ALL", report, locale.toLanguageTag());
                    assertThat(info.getAuthor()).isEqualTo(companies);
                    assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
                }
            }
        }
    }

    @Test
    void everySectionHasABookmarkToThePageItStartsOn() throws Exception {
        for (String report : ReportCatalog.NAMES) {
            for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
                ResourceBundle bundle = ReportRenderer.bundle(locale);
                List<String> sections = new ReportCatalog().get(report).sections().stream()
                        .map(s -> bundle.getString(s.title())).toList();
                Path pdf = out.resolve(report + "_2026-10_ALL_" + locale.toLanguageTag() + ".pdf");
                List<String> bookmarks = new ArrayList<>();
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    assertThat(doc.getDocumentCatalog().getDocumentOutline()).as(pdf.getFileName().toString()).isNotNull();
                    for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                        bookmarks.add(item.getTitle());
                        int page = ((PDPageDestination) item.getDestination()).retrievePageNumber();
                        PDFTextStripper text = new PDFTextStripper();
                        text.setStartPage(page + 1);
                        text.setEndPage(page + 1);
                        assertThat(text.getText(doc)).as("%s: page of bookmark %s", pdf.getFileName(), item.getTitle())
                                .contains(item.getTitle());
                    }
                }
                assertThat(bookmarks).as(pdf.getFileName().toString()).isEqualTo(sections);
            }
        }
    }

    /** Every text element of every filled report, with where it is ("complaints ALL en p2"). */
    static void eachText(BiConsumer<String, JRPrintText> check) {
        assertThat(filled).hasSize(ReportCatalog.NAMES.size() * 4 * 2);
        for (ReportService.Filled f : filled) {
            for (int p = 0; p < f.print().getPages().size(); p++) {
                String where = f.definition().name() + " " + (f.site() == null ? "ALL" : f.site()) + " "
                        + f.locale().toLanguageTag() + " p" + (p + 1);
                walk(f.print().getPages().get(p).getElements(), where, check);
            }
        }
    }

    private static void walk(List<JRPrintElement> elements, String where, BiConsumer<String, JRPrintText> check) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                walk(frame.getElements(), where, check);
            } else if (e instanceof JRPrintText text) {
                check.accept(where, text);
            }
        }
    }
}
