package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month rendered with missing exports says so on its first page, per report scope; a complete one does not. */
class PartialDataBannerTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    static Path tmp;
    static Path warehouse;

    @BeforeAll
    static void fixture() throws Exception {
        warehouse = Fixture.build(tmp);
    }

    @Test
    void thePartialDataBannerNamesTheMissingExportsOfEachReportsScope() throws Exception {
        DataGaps gaps = new DataGaps(List.of(new DataGaps.Gap("S02", "顾客投诉登记表", "Customer complaints"),
                new DataGaps.Gap(null, "客户主数据", "Customers")));
        Path out = tmp.resolve("partial");
        new ReportService().render(new ReportRequest(warehouse, OCT, List.of("complaints"), List.of("S01", "S02"), true,
                List.of(ZH, Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z"), gaps));

        // Chinese lines wrap anywhere: compare without whitespace
        String zhAll = firstPage(out.resolve("complaints_2026-10_ALL_zh-CN.pdf")).replace(" ", "");
        assertThat(zhAll).contains("部分数据").contains("顾客投诉登记表(S02)").contains("客户主数据");
        String enAll = firstPage(out.resolve("complaints_2026-10_ALL_en.pdf"));
        assertThat(enAll).contains("Partial data").contains("Customer complaints (S02)").contains("Customers");
        // S01 delivered everything itself: only the company-wide gap concerns its report
        String enS01 = firstPage(out.resolve("complaints_2026-10_S01_en.pdf"));
        // (the banner only: the data-coverage box below it lists every export, complaints included)
        String banner = enS01.substring(enS01.indexOf("Partial data"), enS01.indexOf("Data this report rests on"));
        assertThat(banner).contains("Customers").doesNotContain("Customer complaints");
        assertThat(firstPage(out.resolve("complaints_2026-10_S02_en.pdf"))).contains("Customer complaints");
    }

    @Test
    void aCompleteMonthHasNoBanner() throws Exception {
        Path out = tmp.resolve("complete");
        new ReportService().render(new ReportRequest(warehouse, OCT, List.of("complaints"), List.of(), false,
                List.of(ZH, Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        assertThat(Pdfs.text(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"))).doesNotContain("部分数据");
        assertThat(Pdfs.text(out.resolve("complaints_2026-10_ALL_en.pdf"))).doesNotContain("Partial data");
    }

    private static String firstPage(Path pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }
}
