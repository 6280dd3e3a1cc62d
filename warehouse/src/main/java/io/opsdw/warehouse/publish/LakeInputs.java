package io.opsdw.warehouse.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * What a publish reads from the lake, on the local disk: the marts ({@code <table>/[period=YYYY-MM/]*.parquet}), the
 * quarantine ({@code <source>/period=YYYY-MM/*.parquet}, may be absent) and the rows of the ingest manifests.
 */
public record LakeInputs(Path marts, Path quarantine, List<IngestedFile> ingested) {

    public LakeInputs {
        ingested = List.copyOf(ingested);
    }

    /** The marts only: empty quarantine and ingest_manifest tables. */
    public static LakeInputs martsOnly(Path marts) {
        return new LakeInputs(marts, null, List.of());
    }
}
