package io.opsdw.transforms.quality;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.lakecontract.manifest.ManifestIO;
import java.time.YearMonth;
import java.util.OptionalLong;
import org.apache.hadoop.fs.Path;

/** The ingest manifest's {@code accepted} count for a source and period, read through the one typed reader. */
public final class ManifestCounts {

    private final LakeLayout lake;
    private final LakeFs fs;

    public ManifestCounts(LakeLayout lake, LakeFs fs) {
        this.lake = lake;
        this.fs = fs;
    }

    public OptionalLong accepted(String source, YearMonth period) {
        Path file = lake.manifest(source, period);
        return fs.exists(file) ? OptionalLong.of(ManifestIO.read(fs, file).accepted()) : OptionalLong.empty();
    }
}
