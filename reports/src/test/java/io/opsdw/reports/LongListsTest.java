package io.opsdw.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists that grow with volume (major complaints) print at most max_rows rows and say how many there are. */
class LongListsTest {

    @TempDir
    Path tmp;

    @Test
    void aBusyMonthListsTheFirstFiftyMajorComplaintsAndSaysHowManyThereAre() throws Exception {
        Path warehouse = Fixture.build(tmp);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement st = c.createStatement()) {
            st.execute("INSERT INTO fact_complaint SELECT f.* REPLACE (f.complaint_id || '-X' || i AS complaint_id) "
                    + "FROM fact_complaint f, range(60) t(i) WHERE period = '2026-10' AND is_major");
        }
        long major = Fixture.count(warehouse, "SELECT COUNT(*) FROM fact_complaint WHERE period = '2026-10' AND is_major");
        assertThat(major).isGreaterThan(50);

        Path out = tmp.resolve("out");
        new ReportService().render(new ReportRequest(warehouse, YearMonth.of(2026, 10), List.of("complaints"), List.of(),
                false, List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-CN")), List.of("pdf"), out, Instant.parse("2026-11-23T06:00:00Z")));

        String en = Pdfs.text(out.resolve("complaints_2026-10_ALL_en.pdf"));
        assertThat(en).contains("Showing the first 50 of " + major + " rows");
        // a copy's id may wrap in its column ("TS-202610-000-" / "X0"); its suffix is printed once either way
        Matcher ids = Pattern.compile("(?<![A-Za-z])X\\d+").matcher(en);
        long listed = 0;
        while (ids.find()) {
            listed++;
        }
        // rows are ordered by received time, then id: the earliest major complaint and 49 of its 60 copies
        assertThat(listed).isEqualTo(49);
        assertThat(Pdfs.text(out.resolve("complaints_2026-10_ALL_zh-CN.pdf"))).contains("仅列出前 50 条, 共 " + major + " 条");
    }
}
