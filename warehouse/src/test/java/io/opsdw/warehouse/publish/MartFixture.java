package io.opsdw.warehouse.publish;

import io.opsdw.lakecontract.LakeLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Writes the tiny star schema of fixtures/marts.sql as Parquet marts, the way the transforms lay them out (local lake). */
public final class MartFixture {

    private MartFixture() {
    }

    public static void write(LakeLayout lake) throws Exception {
        write(marts(lake));
    }

    /** The lake's marts folder, on the local disk. */
    public static Path marts(LakeLayout lake) {
        return LakeLayout.localPath(lake.martsRoot());
    }

    /** Writes the marts into a local folder laid out like lake/marts. */
    public static void write(Path marts) throws Exception {
        Files.createDirectories(marts);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String sql : SqlResources.load("fixtures/marts.sql").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name, list_contains(list(column_name), 'period') FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal GROUP BY table_name")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2))});
                }
            }
            for (String[] t : tables) {
                Path dir = marts.resolve(t[0]);
                if (Boolean.parseBoolean(t[1])) {
                    st.execute("COPY " + t[0] + " TO '" + dir + "' (FORMAT parquet, PARTITION_BY (period), OVERWRITE_OR_IGNORE)");
                } else {
                    Files.createDirectories(dir);
                    st.execute("COPY " + t[0] + " TO '" + dir.resolve("part-0.parquet") + "' (FORMAT parquet)");
                }
            }
        }
    }
}
