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
        for (String type : List.of("routine", "post_complaint", "member")) {
            String where = " FROM fact_callback f JOIN dim_callback_type t USING (callback_type_key) "
                    + "WHERE f.period = '2026-10' AND t.callback_type_code = '" + type + "'";
            long made = n("SELECT COUNT(*)" + where);
            long reached = n("SELECT COUNT(*)" + where + " AND f.is_reached");
            long satisfied = n("SELECT COUNT(*)" + where + " AND f.is_satisfied");
            long within = n("SELECT COUNT(*)" + where + " AND f.within_3_days");
            long dated = n("SELECT COUNT(*)" + where + " AND f.within_3_days IS NOT NULL");
            String name = (String) Fixture.scalar(warehouse,
                    "SELECT callback_type_name_zh FROM dim_callback_type WHERE callback_type_code = '" + type + "'");
            assertThat(zhAll).contains(name + " " + made + " " + reached + " " + satisfied + " "
                    + pct(satisfied, reached) + " " + pct(within, dated));
        }
    }

    /** Members at the month's end (the customer version valid on 2026-10-31), by home site. */
    static final String MEMBERS = "SELECT DISTINCT customer_id FROM dim_customer WHERE is_member AND customer_key <> 0 "
            + "AND DATE '2026-10-31' >= valid_from AND DATE '2026-10-31' < valid_to";

    @Test
    void memberCoverageCountsTheMonthsMembersAgainstDistinctMembersCalled() throws Exception {
        long m = n("SELECT COUNT(*) FROM (" + MEMBERS + ")");
        String called = "SELECT COUNT(DISTINCT c.customer_id) FROM fact_callback f JOIN dim_customer c USING (customer_key) "
                + "WHERE f.period = '2026-10' AND c.customer_id IN (" + MEMBERS;
        long calledAll = n(called + ")");
        long timely = n(called + ") AND f.within_3_days");
        assertThat(calledAll).isLessThan(m);
        assertThat(zhAll).contains(m + " " + calledAll + " " + (m - calledAll) + " " + pct(calledAll, m) + " 100.0% "
                + timely + " " + pct(timely, calledAll));
        long mS02 = n("SELECT COUNT(*) FROM (" + MEMBERS + " AND site_code = 'S02')");
        long calledS02 = n(called + " AND site_code = 'S02')");
        assertThat(zhS02).contains(mS02 + " " + calledS02 + " " + (mS02 - calledS02) + " " + pct(calledS02, mS02));
    }

    @Test
    void theMemberThreeDayRateIsOverMembersCalledNotOverAllCallbacks() throws Exception {
        // Regression: the report printed the share of all callbacks within 3 days as the members' rate.
        String called = "SELECT COUNT(DISTINCT c.customer_id) FROM fact_callback f JOIN dim_customer c USING (customer_key) "
                + "WHERE f.period = '2026-10' AND c.customer_id IN (" + MEMBERS + ")";
        long members = n(called);
        long timelyMembers = n(called + " AND f.within_3_days");
        long allCallbacks = n("SELECT COUNT(*) FROM fact_callback WHERE period = '2026-10' AND within_3_days IS NOT NULL");
        long allTimely = n("SELECT COUNT(*) FROM fact_callback WHERE period = '2026-10' AND within_3_days");
        assertThat(pct(timelyMembers, members)).isNotEqualTo(pct(allTimely, allCallbacks));
        assertThat(zhAll).contains(" " + timelyMembers + " " + pct(timelyMembers, members) + "\n");
        assertThat(zhAll).contains("3日内回访率 (全部回访)\n" + pct(allTimely, allCallbacks)); // headline, all callbacks
        assertThat(zhAll).contains("会员3日内回访率 分子: 至少有一次在服务日后 0-3 个自然日内回访的会员。基数: 本月已回访的会员");
    }

    @Test
    void distributionAndStaffFiguresMatch() throws Exception {
        long reached = n("SELECT COUNT(*) FROM fact_callback WHERE period = '2026-10' AND is_reached");
        long dissatisfied = n("SELECT COUNT(*) FROM fact_callback f JOIN dim_satisfaction_level l USING (satisfaction_key) "
                + "WHERE f.period = '2026-10' AND l.result_code = 'dissatisfied'");
        assertThat(zhAll).contains("不满意 " + dissatisfied + " " + pct(dissatisfied, reached));
        String staff = "FROM fact_callback f JOIN dim_employee e ON e.employee_key = f.provider_employee_key "
                + "JOIN dim_satisfaction_level l USING (satisfaction_key) "
                + "WHERE f.period = '2026-10' AND l.is_reached AND e.employee_name = '王芳'";
        long r = n("SELECT COUNT(*) " + staff);
        long s = n("SELECT COUNT(*) " + staff + " AND l.result_code = 'satisfied'");
        assertThat(zhAll).containsPattern("王芳 " + r + " " + s + " \\d+ \\d+ " + pct(s, r).replace(".", "\\."));
    }

    /** 满意 / 一般 / 不满意 by site (DOMAIN 10.3 2c), each site counted on the fact table. */
    @Test
    void bySiteMatchesEachSitesReachedCallbacks() throws Exception {
        String section = zhAll.substring(zhAll.indexOf("按门店 / 项目"), zhAll.indexOf("按服务项目"));
        for (String site : List.of("金色影楼", "江畔售楼处", "花园物业")) {
            String f = "FROM fact_callback f JOIN dim_site s USING (site_key) JOIN dim_satisfaction_level l USING (satisfaction_key) "
                    + "WHERE f.period = '2026-10' AND l.is_reached AND s.site_name = '" + site + "'";
            long r = n("SELECT COUNT(*) " + f);
            long sat = n("SELECT COUNT(*) " + f + " AND l.result_code = 'satisfied'");
            long neu = n("SELECT COUNT(*) " + f + " AND l.result_code = 'neutral'");
            long dis = n("SELECT COUNT(*) " + f + " AND l.result_code = 'dissatisfied'");
            assertThat(r).isPositive();
            assertThat(section).contains(site + " " + r + " " + sat + " " + neu + " " + dis + " " + pct(sat, r));
        }
        assertThat(zhS02.substring(zhS02.indexOf("按门店 / 项目"), zhS02.indexOf("按服务项目")))
                .contains("江畔售楼处").doesNotContain("金色影楼", "花园物业");
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
