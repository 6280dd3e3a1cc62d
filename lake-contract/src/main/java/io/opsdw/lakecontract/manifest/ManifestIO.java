package io.opsdw.lakecontract.manifest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.opsdw.lakecontract.LakeFs;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;

/** Manifest JSON (pretty, UTF-8), read and written on the lake's file system. */
public final class ManifestIO {

    // a manifest written by a newer dw (more fields) stays readable: readers take what they know
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestIO() {
    }

    public static void write(LakeFs fs, Manifest m, Path file) {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write manifest " + file + ": " + e.getMessage(), e);
        }
        fs.write(file, json);
    }

    public static Manifest read(LakeFs fs, Path file) {
        try {
            return JSON.readValue(fs.readBytes(file), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest " + file + ": " + e.getMessage(), e);
        }
    }
}
