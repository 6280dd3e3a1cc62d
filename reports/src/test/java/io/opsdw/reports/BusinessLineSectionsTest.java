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

/**
 * Sections follow the business line: studio-only sections (orders: packages, payment, pipeline, rush orders) and
 * their headline tiles and coverage row appear for a studio and company-wide, never for a sales centre (S02) or a
 * property office (S03), in either language, and the operations report has no "nothing this month" box standing in
 * for them.
 */
class BusinessLineSectionsTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void render() throws Exception {
        Path warehouse = Fixture.build(tmp);
        out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, YearMonth.of(2026, 10), List.of(), List.of(), true,
                List.of(ZH, Locale.ENGLISH), List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
    }

    static String text(String report, String site, String locale) throws Exception {
        return Pdfs.text(out.resolve(report + "_2026-10_" + site + "_" + locale + ".pdf"));
    }

    static final List<String> STUDIO_ZH = List.of("按套系及拍摄地点的订单", "付款状态", "订单进度 (按环节)", "加急订单", "订单数", "订单金额", "影楼订单");
    static final List<String> STUDIO_EN = List.of("Orders by package and shoot location", "Payment status", "Order pipeline by stage",
            "Rush orders", "Order amount", "Studio orders");

    @Test
    void salesCentreAndPropertyReportsHaveNoStudioSections() throws Exception {
        for (String site : List.of("S02", "S03")) {
            for (String report : ReportCatalog.NAMES) {
                assertThat(text(report, site, "zh-CN")).as(report + " " + site).doesNotContain(STUDIO_ZH);
                assertThat(text(report, site, "en")).as(report + " " + site).doesNotContain(STUDIO_EN);
            }
            assertThat(text("operations", site, "zh-CN")).as(site).doesNotContain("本月无数据");
            assertThat(text("operations", site, "en")).as(site).doesNotContain("Nothing this month");
        }
    }

    @Test
    void aStudioAndTheCompanyWideReportShowThem() throws Exception {
        for (String scope : List.of("S01", "ALL")) {
            assertThat(text("operations", scope, "zh-CN")).as(scope).contains(STUDIO_ZH);
            assertThat(text("operations", scope, "en")).as(scope).contains(STUDIO_EN);
        }
    }
}
