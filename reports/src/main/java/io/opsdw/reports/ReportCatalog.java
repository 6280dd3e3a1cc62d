package io.opsdw.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the report definitions and their SQL files from the classpath ({@code reports/}). */
public final class ReportCatalog {
    /** Report order in "all reports" runs: the one-page summary opens the pack. */
    public static final List<String> NAMES = List.of("summary", "complaints", "satisfaction", "operations", "consumption");

    private final Map<String, ReportDefinition> definitions = new LinkedHashMap<>();

    public ReportCatalog() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String name : NAMES) {
            String resource = "reports/" + name + "/report.yaml";
            try (InputStream in = open(resource)) {
                definitions.put(name, yaml.readValue(in, ReportDefinition.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read definition of report " + name, e);
            }
        }
    }

    /** The available reports, in the order of {@link #NAMES}. */
    public List<String> names() {
        return List.copyOf(definitions.keySet());
    }

    public ReportDefinition get(String name) {
        ReportDefinition d = definitions.get(name);
        if (d == null) {
            throw new ReportException("unknown report '" + name + "'; known reports: " + String.join(", ", definitions.keySet()));
        }
        return d;
    }

    /** A report's dataset; {@code common/x.sql} is shared by every report (e.g. the data-coverage box). */
    public static String sql(String report, String file) {
        String resource = file.startsWith("common/") ? "reports/" + file : "reports/" + report + "/" + file;
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String resource) {
        InputStream in = ReportCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
