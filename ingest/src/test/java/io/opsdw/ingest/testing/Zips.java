package io.opsdw.ingest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Edits one part of a zip package (an XLSX) in place, to make the damaged workbooks real exports sometimes are. */
public final class Zips {

    private Zips() {
    }

    public static void rewrite(Path zip, String entry, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                parts.put(e.getName(), z.readAllBytes());
            }
        }
        if (!parts.containsKey(entry)) {
            throw new IllegalArgumentException(zip + " has no part " + entry);
        }
        String before = new String(parts.get(entry), StandardCharsets.UTF_8);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit changed nothing in " + entry);
        }
        parts.put(entry, after.getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
    }
}
