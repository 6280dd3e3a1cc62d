package io.opsdw.generator;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: {@code months} consecutive periods starting at {@code firstPeriod}, operational volumes
 * multiplied by {@code scale}, a fraction {@code dirtyRate} of operational rows made faulty (one fault each).
 */
public record GenerateRequest(YearMonth firstPeriod, int months, double scale, long seed, double dirtyRate, Path outDir) {

    public GenerateRequest {
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        Objects.requireNonNull(outDir, "outDir");
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, was " + months);
        }
        if (!(scale > 0) || scale > 10_000) {
            throw new IllegalArgumentException("scale must be in (0, 10000], was " + scale);
        }
        if (!(dirtyRate >= 0) || dirtyRate > 0.5) {
            throw new IllegalArgumentException("dirtyRate must be in [0, 0.5], was " + dirtyRate);
        }
    }
}
