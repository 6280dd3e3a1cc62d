package io.opsdw.ingest;

import io.opsdw.ingest.read.TableOpener;
import io.opsdw.ingest.read.TableReaders;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * How ingest behaves, from configuration ({@code dw.time-zone}, {@code dw.ingest.*}).
 *
 * @param defaultZone         the time zone of sites whose master data names none: instants written with {@code Z} or
 *                            an offset land as wall-clock time there
 * @param maxQuarantineShare  a source quarantining more than this share of its rows is not landed (0..1)
 * @param ignore              globs of files in the input folder that belong to no source and are not an error
 * @param readers             how a table file is opened (a seam: tests put a deliberately broken reader here)
 * @param requireMasters      an operational export whose required field names a master (site_code: sites) stops the
 *                            ingest when that master is neither in the run nor in the lake ({@code dw ingest} always;
 *                            off by default for component tests of one export alone)
 */
public record IngestOptions(ZoneId defaultZone, double maxQuarantineShare, List<String> ignore, TableOpener readers,
                            boolean requireMasters) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final double DEFAULT_MAX_QUARANTINE_SHARE = 0.5;

    public IngestOptions {
        Objects.requireNonNull(defaultZone, "defaultZone");
        if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
            throw new IllegalArgumentException("dw.ingest.max-quarantine-share must be between 0 and 1, got " + maxQuarantineShare);
        }
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        readers = readers == null ? TableReaders::open : readers;
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_ZONE, DEFAULT_MAX_QUARANTINE_SHARE, List.of(), null, false);
    }

    public IngestOptions withDefaultZone(ZoneId zone) {
        return new IngestOptions(zone, maxQuarantineShare, ignore, readers, requireMasters);
    }

    public IngestOptions withMaxQuarantineShare(double share) {
        return new IngestOptions(defaultZone, share, ignore, readers, requireMasters);
    }

    public IngestOptions withIgnore(List<String> globs) {
        return new IngestOptions(defaultZone, maxQuarantineShare, globs, readers, requireMasters);
    }

    public IngestOptions withReaders(TableOpener opener) {
        return new IngestOptions(defaultZone, maxQuarantineShare, ignore, opener, requireMasters);
    }

    public IngestOptions withRequireMasters(boolean require) {
        return new IngestOptions(defaultZone, maxQuarantineShare, ignore, readers, require);
    }
}
