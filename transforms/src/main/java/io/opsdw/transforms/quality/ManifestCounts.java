package io.opsdw.transforms.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsdw.lake.LakeFs;
import io.opsdw.lake.LakeLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.OptionalLong;
import org.apache.hadoop.fs.Path;

/** Reads the ingest manifest's {@code accepted} count for a source and period. */
public final class ManifestCounts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LakeLayout lake;
    private final LakeFs fs;

    public ManifestCounts(LakeLayout lake, LakeFs fs) {
        this.lake = lake;
        this.fs = fs;
    }

    public OptionalLong accepted(String source, YearMonth period) {
        Path file = lake.manifest(source, period);
        if (!fs.exists(file)) {
            return OptionalLong.empty();
        }
        try {
            JsonNode accepted = JSON.readTree(fs.readBytes(file)).get("accepted");
            return accepted == null || !accepted.canConvertToLong() ? OptionalLong.empty()
                    : OptionalLong.of(accepted.asLong());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest " + file, e);
        }
    }
}
