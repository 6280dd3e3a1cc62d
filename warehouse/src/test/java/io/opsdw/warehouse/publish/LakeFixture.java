package io.opsdw.warehouse.publish;

import io.opsdw.lakecontract.LakeLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Quarantine partitions and manifests laid out as the ingest writes them (lake/quarantine/&lt;source&gt;/period=YYYY-MM/,
 * lake/manifests/&lt;source&gt;/period=YYYY-MM.json), from fixtures/quarantine.sql and fixtures/manifests/.
 */
public final class LakeFixture {

    private LakeFixture() {
    }

    public static void writeQuarantineAndManifests(LakeLayout lake) throws Exception {
        Path quarantine = LakeLayout.localPath(lake.quarantineZone());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute(SqlResources.load("fixtures/quarantine.sql"));
            for (String[] partition : new String[][] {{"complaints", "2026-10"}, {"inventory_movements", "2026-10"}, {"inventory_movements", "2026-09"}}) {
                Path dir = quarantine.resolve(partition[0]).resolve("period=" + partition[1]);
                Files.createDirectories(dir);
                st.execute("COPY (SELECT * EXCLUDE (source, period) FROM q WHERE source = '" + partition[0] + "' AND period = '" + partition[1]
                        + "') TO '" + dir.resolve("part-00000.parquet") + "' (FORMAT parquet)");
            }
        }
        for (String source : new String[] {"complaints", "inventory_movements"}) {
            Path dir = LakeLayout.localPath(lake.manifestsZone()).resolve(source);
            Files.createDirectories(dir);
            for (String period : new String[] {"2026-09", "2026-10"}) {
                String resource = "fixtures/manifests/" + source + "_" + period + ".json";
                if (LakeFixture.class.getResource("/" + resource) != null) {
                    Files.writeString(dir.resolve("period=" + period + ".json"), SqlResources.load(resource));
                }
            }
        }
    }
}
