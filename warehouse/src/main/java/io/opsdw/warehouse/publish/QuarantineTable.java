package io.opsdw.warehouse.publish;

import io.opsdw.lakecontract.contract.ContractRegistry;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The {@code quarantine} table of the published file: every rejected row of the lake with its source, period, file,
 * line, reason, field and detail, so analysts and {@code dw query} can read what was rejected without file access.
 *
 * <p>Personal data stays in the raw lake zone (docs/reliability.md section 4). A quarantined row keeps no typed
 * values, only its text as in the export, and which part of that text is a name or a phone is known only to the
 * reader that bound the export's header; so the raw text of sources whose contract declares personal fields (and of
 * sources no contract describes) is withheld ({@code raw_text} NULL, {@code raw_text_withheld} true), and so is the
 * detail of a rejection on a personal field. The raw text stays in {@code lake/quarantine} for operators.
 */
final class QuarantineTable {

    private QuarantineTable() {
    }

    /** @param quarantine a local folder laid out like {@code lake/quarantine} (may be absent) */
    static long create(Connection connection, Path quarantine, ContractRegistry contracts) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (!hasParquet(quarantine)) {
                st.execute(SqlResources.load("publish/quarantine_empty.sql"));
                return 0;
            }
            for (String sql : SqlResources.load("publish/quarantine_policy.sql").split(";")) {
                st.execute(sql);
            }
            fillPolicy(connection, contracts);
            String source = "read_parquet(" + SqlResources.literal(quarantine.toAbsolutePath() + "/*/period=*/*.parquet")
                    + ", hive_partitioning = true, hive_types = {'period': VARCHAR}, filename = true, union_by_name = true)";
            st.execute(SqlResources.load("publish/quarantine.sql").replace("{quarantine}", source));
            st.execute("DROP TABLE temp.quarantine_policy");
            st.execute("DROP TABLE temp.personal_fields");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM quarantine")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void fillPolicy(Connection connection, ContractRegistry contracts) throws SQLException {
        try (PreparedStatement policy = connection.prepareStatement("INSERT INTO temp.quarantine_policy VALUES (?, ?)");
             PreparedStatement fields = connection.prepareStatement("INSERT INTO temp.personal_fields VALUES (?, ?)")) {
            for (SourceContract c : contracts.all()) {
                boolean personal = c.fields().stream().anyMatch(FieldSpec::pii);
                policy.setString(1, c.source());
                policy.setBoolean(2, personal);
                policy.execute();
                for (FieldSpec f : c.fields()) {
                    if (f.pii()) {
                        fields.setString(1, c.source());
                        fields.setString(2, f.name());
                        fields.execute();
                    }
                }
            }
        }
    }

    private static boolean hasParquet(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
