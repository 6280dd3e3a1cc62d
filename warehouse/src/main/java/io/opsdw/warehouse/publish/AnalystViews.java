package io.opsdw.warehouse.publish;

import io.opsdw.metrics.MetricsCatalog;
import io.opsdw.metrics.MetricsLayer;
import io.opsdw.metrics.ViewDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Adds the analyst views and the KPI definitions to the file being published: the metrics layer (module
 * {@code metrics}), in declaration order. A view whose tables are absent is skipped with the reason.
 */
final class AnalystViews {

    private AnalystViews() {
    }

    static void create(Connection connection, List<String> created, Map<String, String> skipped) throws SQLException {
        MetricsLayer.Installed installed = MetricsLayer.install(connection);
        created.addAll(installed.views());
        skipped.putAll(installed.skipped());
    }

    /** The names of the views the metrics layer declares, in creation order. */
    static List<String> viewFiles() {
        return MetricsCatalog.load().views().stream().map(ViewDef::name).toList();
    }
}
