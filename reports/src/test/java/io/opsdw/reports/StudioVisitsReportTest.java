package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Studio visits by purpose and conversion, with the reasons shoot enquiries did not book (DOMAIN 10.3 4), in the
 * operations report. Expected figures are the test's own sums over fact_daily_traffic.
 */
class StudioVisitsReportTest {
    static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    static Path tmp;
    static Path warehouse;

    @BeforeAll
    static void build() throws Exception {
        warehouse = Fixture.build(tmp);
    }

    static String render(Path wh, String site, Locale locale) throws Exception {
        Path out = wh.getParent().resolve("out");
        new ReportService().render(new ReportRequest(wh, YearMonth.of(2026, 10), List.of("operations"),
                site == null ? List.of() : List.of(site), site == null, List.of(locale), List.of("pdf"), out,
                Instant.parse("2026-11-23T01:58:00Z")));
        return Pdfs.text(out.resolve("operations_2026-10_" + (site == null ? "ALL" : site) + "_" + locale.toLanguageTag() + ".pdf"));
    }

    static long sum(String column) throws Exception {
        return Fixture.count(warehouse, "SELECT SUM(" + column + ") FROM fact_daily_traffic JOIN dim_site USING (site_key) "
                + "WHERE period = '2026-10' AND site_code = 'S01'");
    }

    @Test
    void purposesAndConversionPerSiteMatchTheDailyCounts() throws Exception {
        String pdf = render(warehouse, null, ZH);
        long shoot = sum("shoot_enquiry_visits");
        long booked = sum("bookings");
        assertThat(booked).isPositive().isLessThan(shoot);
        assertThat(pdf).contains("影楼来访目的及成交", "金色影楼 " + sum("visits") + " " + shoot + " " + booked + " "
                + new DecimalFormat("0.0%").format((double) booked / shoot) + " " + sum("proof_viewing_visits") + " "
                + sum("pickup_visits"));
        // sites whose counts carry no purposes have no row (not a row of zeros)
        assertThat(pdf).doesNotContain("江畔售楼处 " + Fixture.count(warehouse, "SELECT SUM(visits) FROM fact_daily_traffic "
                + "WHERE period = '2026-10' AND site_key = 2") + " 0 ");
    }

    @Test
    void notBookedByReasonWithItsShare() throws Exception {
        String pdf = render(warehouse, null, ZH);
        long lost = sum("shoot_enquiry_visits") - sum("bookings");
        assertThat(sum("lost_price") + sum("lost_comparing") + sum("lost_schedule") + sum("lost_other")).isEqualTo(lost);
        DecimalFormat pct = new DecimalFormat("0.0%");
        assertThat(pdf).contains("价格 " + sum("lost_price") + " " + pct.format((double) sum("lost_price") / lost),
                "货比三家 " + sum("lost_comparing") + " " + pct.format((double) sum("lost_comparing") / lost),
                "档期不合适 " + sum("lost_schedule") + " " + pct.format((double) sum("lost_schedule") / lost));
        assertThat(render(warehouse, null, Locale.ENGLISH)).contains("Shoot enquiries not booked, by reason",
                "Comparing other studios " + sum("lost_comparing"));
    }

    @Test
    void absentWhenTheCountsCarryNoPurposesAndLeftOutOfASalesCentre() throws Exception {
        assertThat(render(warehouse, "S02", ZH)).doesNotContain("影楼来访目的及成交", "拍照咨询未成交原因");
        Path dir = Files.createDirectories(tmp.resolve("no-purposes"));
        Path copy = Files.copy(warehouse, dir.resolve("warehouse.duckdb"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement st = c.createStatement()) {
            st.execute("UPDATE fact_daily_traffic SET shoot_enquiry_visits = NULL, proof_viewing_visits = NULL, pickup_visits = NULL, "
                    + "bookings = NULL, lost_price = NULL, lost_comparing = NULL, lost_schedule = NULL, lost_other = NULL");
        }
        assertThat(render(copy, null, ZH)).contains("影楼来访目的及成交\n本月无数据", "拍照咨询未成交原因\n本月无数据");
    }
}
