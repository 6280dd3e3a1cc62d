package io.opsdw.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The metrics layer as declared on the classpath: the analyst views ({@code metrics/views/_views.yml}, one
 * {@code <view>.sql} each, created in the declared order) and the KPIs ({@code metrics/kpis.yml}).
 */
public final class MetricsCatalog {

    static final String VIEWS = "metrics/views/";

    record ViewsFile(@JsonProperty("common_columns") Map<String, String> commonColumns,
                     @JsonProperty(value = "views", required = true) List<ViewDef> views,
                     @JsonProperty("tables") List<ViewDef> tables) {
    }

    record KpisFile(@JsonProperty(value = "kpis", required = true) List<KpiDef> kpis) {
    }

    private final Map<String, String> commonColumns;
    private final Map<String, ViewDef> views = new LinkedHashMap<>();
    private final Map<String, ViewDef> tables = new LinkedHashMap<>();
    private final Map<String, KpiDef> kpis = new LinkedHashMap<>();

    private MetricsCatalog(ViewsFile viewsFile, KpisFile kpisFile) {
        this.commonColumns = viewsFile.commonColumns() == null ? Map.of() : Map.copyOf(viewsFile.commonColumns());
        viewsFile.views().forEach(v -> views.put(v.name(), v));
        if (viewsFile.tables() != null) {
            viewsFile.tables().forEach(t -> tables.put(t.name(), t));
        }
        kpisFile.kpis().forEach(k -> {
            if (kpis.put(k.id(), k) != null) {
                throw new IllegalStateException("metrics/kpis.yml: KPI " + k.id() + " is declared twice");
            }
        });
    }

    public static MetricsCatalog load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream v = open(VIEWS + "_views.yml"); InputStream k = open("metrics/kpis.yml")) {
            return new MetricsCatalog(yaml.readValue(v, ViewsFile.class), yaml.readValue(k, KpisFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics catalogue: " + e.getMessage(), e);
        }
    }

    /** The views in creation order (a view may read the views declared before it). */
    public List<ViewDef> views() {
        return List.copyOf(views.values());
    }

    /** Tables the metrics layer writes itself (kpi_definitions). */
    public List<ViewDef> tables() {
        return List.copyOf(tables.values());
    }

    public Optional<ViewDef> view(String name) {
        return Optional.ofNullable(views.get(name));
    }

    public List<KpiDef> kpis() {
        return List.copyOf(kpis.values());
    }

    public KpiDef kpi(String id) {
        KpiDef k = kpis.get(id);
        if (k == null) {
            throw new IllegalArgumentException("unknown KPI '" + id + "'; known: " + String.join(", ", kpis.keySet()));
        }
        return k;
    }

    /** The KPIs computed from a view, in declaration order. */
    public List<KpiDef> kpisOf(String view) {
        return kpis.values().stream().filter(k -> k.view().equals(view)).toList();
    }

    /** A view's or table's column descriptions, common texts filled in. */
    public Map<String, String> columns(ViewDef def) {
        return def.columnsWith(commonColumns);
    }

    /** The DuckDB comment of a view: what it answers, grain, base, and the KPIs defined on it. */
    public String comment(ViewDef def) {
        StringBuilder sb = new StringBuilder(def.description().strip())
                .append(" Grain: ").append(def.grain()).append(". Base: ").append(def.base()).append('.');
        List<KpiDef> own = kpisOf(def.name());
        if (!own.isEmpty()) {
            sb.append(" KPIs: ").append(own.stream().map(k -> k.id() + " (" + k.name("en") + "): " + k.definition("en"))
                    .collect(Collectors.joining(" ")));
        }
        return sb.toString();
    }

    /** The view's CREATE VIEW statement. */
    public String sql(ViewDef def) {
        return sql(def, views.keySet());
    }

    /**
     * The view's CREATE VIEW statement; a view generated from the KPIs ({@code generated: kpis}) covers the KPIs
     * whose views are among {@code available} (a warehouse without orders has no order KPIs).
     */
    public String sql(ViewDef def, java.util.Collection<String> available) {
        if ("kpis".equals(def.generated())) {
            return KpiMonthlySql.create(def.name(), kpis.values().stream()
                    .filter(k -> available.contains(k.view()) && (!k.hasBase() || available.contains(k.baseViewOrView())))
                    .toList());
        }
        return resource(VIEWS + def.name() + ".sql");
    }

    /** The statement used instead when the view's own cannot be created (its tables are absent), if any. */
    public Optional<String> fallbackSql(ViewDef def) {
        String path = VIEWS + def.name() + ".fallback.sql";
        return MetricsCatalog.class.getClassLoader().getResource(path) == null ? Optional.empty() : Optional.of(resource(path));
    }

    static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = MetricsCatalog.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
