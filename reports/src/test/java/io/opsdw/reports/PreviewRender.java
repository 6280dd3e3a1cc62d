package io.opsdw.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a check: renders every report (all sites, both locales, plus an empty month) for looking at the pages and
 * for timing. Run with {@code mvn -pl reports test -Dtest=PreviewRender -Dpreview.dir=/tmp/preview}; add
 * {@code -Dpreview.warehouse=out/demo/warehouse/opsdw.duckdb} (absolute, or relative to the module) and
 * {@code -Dpreview.period=2026-10} (or 2026-H2, 2026) to render a published warehouse (e.g. the demo's) instead of the fixture.
 */
@EnabledIfSystemProperty(named = "preview.dir", matches = ".+")
class PreviewRender {
    @Test
    void renderAll(@TempDir Path tmp) throws Exception {
        String published = System.getProperty("preview.warehouse", "");
        ReportPeriod period = ReportPeriod.parse(System.getProperty("preview.period", "2026-10"));
        // a half-year or a year: the fixture with June's complaints too, so the previous half has data
        Path warehouse = !published.isBlank() ? Path.of(published).toAbsolutePath()
                : period.isMonth() ? Fixture.build(tmp) : Fixture.build(tmp, "/fixture-first-half.sql");
        Path out = Path.of(System.getProperty("preview.dir"));
        List<Locale> locales = List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH);
        ReportService service = new ReportService();
        // Warm-up compiles the templates once, so the timing below is the steady monthly cost.
        service.render(new ReportRequest(warehouse, YearMonth.of(2026, 12), List.of(), List.of(), false, locales,
                List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        long start = System.nanoTime();
        List<Path> files = service.render(new ReportRequest(warehouse, period, List.of(), List.of(), true,
                locales, List.of("pdf"), out, Instant.parse("2026-11-23T01:58:00Z")));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BENCHMARK files=" + files.size() + " ms=" + ms + " templates=" + TemplateCache.size());
    }
}
