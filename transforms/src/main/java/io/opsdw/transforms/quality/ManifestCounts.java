package io.opsdw.transforms.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.ingest.layout.LakeLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.OptionalLong;

/** Reads the ingest manifest's {@code accepted} count for a source and period. */
public final class ManifestCounts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LakeLayout lake;

    public ManifestCounts(LakeLayout lake) {
        this.lake = lake;
    }

    public OptionalLong accepted(String source, YearMonth period) {
        Path file = lake.manifest(source, period);
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        try {
            JsonNode accepted = JSON.readTree(file.toFile()).get("accepted");
            return accepted == null || !accepted.canConvertToLong() ? OptionalLong.empty()
                    : OptionalLong.of(accepted.asLong());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest " + file, e);
        }
    }
}
