package io.opsdw.warehouse.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the warehouse's SQL from .sql resources (SQL never lives in Java strings). */
public final class SqlResources {

    private SqlResources() {
    }

    public static String load(String resource) {
        try (InputStream in = SqlResources.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes a value as a DuckDB string literal (for file paths in table functions, which cannot be bound). */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
