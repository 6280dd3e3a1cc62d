package io.opsdw.reports;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;

/** Compiles each template once per JVM; compiling is the slow part of a fill (about a second each). */
final class TemplateCache {
    private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

    private TemplateCache() {
    }

    /** A JRXML template on the classpath, e.g. {@code reports/common/master.jrxml}. */
    static JasperReport jrxml(String resource) {
        return CACHE.computeIfAbsent("jrxml:" + resource, k -> {
            try (InputStream in = ReportCatalog.open(resource)) {
                return JasperCompileManager.compileReport(in);
            } catch (JRException e) {
                throw new IllegalStateException("template " + resource + " does not compile: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A template built in code (table sections), cached under its key. */
    static JasperReport design(String key, Supplier<JasperDesign> design) {
        return CACHE.computeIfAbsent("design:" + key, k -> {
            try {
                return JasperCompileManager.compileReport(design.get());
            } catch (JRException e) {
                throw new IllegalStateException("table template " + key + " does not compile: " + e.getMessage(), e);
            }
        });
    }

    static int size() {
        return CACHE.size();
    }
}
