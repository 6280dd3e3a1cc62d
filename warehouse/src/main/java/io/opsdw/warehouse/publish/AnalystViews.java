package io.opsdw.warehouse.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Creates the analyst views (publish/views/*.sql, in file-name order). A view whose tables are absent is skipped. */
final class AnalystViews {

    private static final String FOLDER = "publish/views";

    private AnalystViews() {
    }

    static void create(Connection connection, List<String> created, Map<String, String> skipped) throws SQLException {
        for (String file : viewFiles()) {
            String name = file.replaceFirst("^\\d+_", "").replace(".sql", "");
            try (Statement st = connection.createStatement()) {
                st.execute(SqlResources.load(FOLDER + "/" + file));
                created.add(name);
            } catch (SQLException e) {
                skipped.put(name, e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    static List<String> viewFiles() {
        try {
            var url = AnalystViews.class.getResource("/" + FOLDER);
            if (url == null) {
                return List.of();
            }
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Collections.emptyMap())) {
                    return list(fs.getPath("/" + FOLDER));
                }
            }
            return list(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }
}
