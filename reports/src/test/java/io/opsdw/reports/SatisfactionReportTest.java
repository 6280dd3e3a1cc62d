package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The satisfaction and callbacks report; expected figures from the test's own SQL. */
class SatisfactionReportTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path warehouse;
    static Path out;
    static String zhAll;
    static String zhS02;

    @BeforeAll
    static void render() throws Exception {
        warehouse = Fixture.build(tmp);
        out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, YearMonth.of(2026, 10), List.of("satisfaction"),
                List.of("S02"), true, List.of(ZH), List.of("pdf", "xlsx"), out, Instant.parse("2026-11-23T01:58:00Z")));
        zhAll = Pdfs.text(out.resolve("satisfaction_2026-10_ALL_zh-CN.pdf"));
        zhS02 = Pdfs.text(out.resolve("satisfaction_2026-10_S02_zh-CN.pdf"));
    }

    static long n(String sql) throws Exception {
        return Fixture.count(warehouse, sql);
    }

    static String pct(long num, long den) {
        return new DecimalFormat("0.0%").format((double) num / den);
    }

    @Test
    void labelsAreChinese() {
        assertThat(zhAll).contains("客户满意度及回访统计表", "按回访类型", "会员回访覆盖率 (要求 100%)", "满意度分布 (已接通回访)",
                "按服务项目", "按服务部门", "按服务人员", "不满意方面排名", "顾客意见和建议", "满意", "一般", "不满意");
    }

    @Test
    void callbacksByTypeMatch() throws Exception {
        for (String type : List.of("service", "complaint", "member")) {
            String where = " FROM fact_callback f JOIN dim_callback_type t USING (callback_type_key) "
                    + "WHERE f.period = '2026-10' AND t.callback_type_code = '" + type + "'";
            long made = n("SELECT COUNT(*)" + where);
            long reached = n("SELECT COUNT(*)" + where + " AND f.is_reached");
            long satisfied = n("SELECT COUNT(*)" + where + " AND f.is_satisfied");
            long within = n("SELECT COUNT(*)" + where + " AND f.within_3_days");
            String name = (String) Fixture.scalar(warehouse,
                    "SELECT callback_type_name_zh FROM dim_callback_type WHERE callback_type_code = '" + type + "'");
            assertThat(zhAll).contains(name + " " + made + " " + reached + " " + satisfied + " "
                    + pct(satisfied, reached) + " " + pct(within, made));
        }
    }

    @Test
    void memberCoverageCountsCurrentMembersAgainstDistinctMembersCalled() throws Exception {
        String members = "SELECT DISTINCT customer_id FROM dim_customer WHERE is_current AND is_member AND customer_key <> 0";
        long m = n("SELECT COUNT(*) FROM (" + members + ")");
        long called = n("SELECT COUNT(DISTINCT c.customer_id) FROM fact_callback f JOIN dim_customer c USING (customer_key) "
                + "WHERE f.period = '2026-10' AND c.customer_id IN (" + members + ")");
        assertThat(called).isLessThan(m);
        assertThat(zhAll).contains(m + " " + called + " " + (m - called) + " " + pct(called, m) + " 100.0%");
        long mS02 = n("SELECT COUNT(*) FROM (" + members + " AND site_code = 'S02')");
        long calledS02 = n("SELECT COUNT(DISTINCT c.customer_id) FROM fact_callback f JOIN dim_customer c USING (customer_key) "
                + "WHERE f.period = '2026-10' AND c.customer_id IN (" + members + " AND site_code = 'S02')");
        assertThat(zhS02).contains(mS02 + " " + calledS02 + " " + (mS02 - calledS02) + " " + pct(calledS02, mS02));
    }

    @Test
    void distributionAndStaffFiguresMatch() throws Exception {
        long reached = n("SELECT COUNT(*) FROM fact_callback WHERE period = '2026-10' AND is_reached");
        long dissatisfied = n("SELECT COUNT(*) FROM fact_callback f JOIN dim_satisfaction_level l USING (satisfaction_key) "
                + "WHERE f.period = '2026-10' AND l.result_code = 'dissatisfied'");
        assertThat(zhAll).contains("不满意 " + dissatisfied + " " + pct(dissatisfied, reached));
        String staff = "FROM fact_callback f JOIN dim_employee e ON e.employee_key = f.provider_employee_key "
                + "WHERE f.period = '2026-10' AND f.is_reached AND e.employee_name = '王芳'";
        long r = n("SELECT COUNT(*) " + staff);
        long s = n("SELECT COUNT(*) " + staff + " AND f.is_satisfied");
        assertThat(zhAll).containsPattern("王芳 " + r + " " + s + " \\d+ \\d+ " + pct(s, r).replace(".", "\\."));
    }

    @Test
    void suggestionsArePrintedAndFormulaLikeTextIsNeutralisedInXlsx() throws Exception {
        assertThat(zhAll).contains("希望增加停车位", "=HYPERLINK(\"x\")");
        String xml = allXml(out.resolve("satisfaction_2026-10_ALL_zh-CN.xlsx")).replace("&apos;", "'").replace("&#39;", "'");
        int at = xml.indexOf("=HYPERLINK");
        assertThat(at).as("suggestion cell present").isPositive();
        assertThat(xml.substring(at - 1, at)).isEqualTo("'");
        assertThat(xml).doesNotContain("<f>");
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        Map<String, Boolean> fonts = Pdfs.fonts(out.resolve("satisfaction_2026-10_ALL_zh-CN.pdf"));
        assertThat(fonts).isNotEmpty().doesNotContainValue(false);
        assertThat(fonts.keySet()).allMatch(f -> f.contains("+NotoSansSC-"));
    }

    private static String allXml(Path xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml")) {
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    zip.transferTo(buf);
                    sb.append(buf.toString(StandardCharsets.UTF_8));
                }
            }
        }
        return sb.toString();
    }
}
