package io.opsdw.ingest.land;

import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import java.time.YearMonth;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/** Where a master's snapshots are in the lake: the periods it has landed rows for. */
final class MasterKeys {

    private MasterKeys() {
    }

    static List<YearMonth> periods(LakeLayout lake, LakeFs fs, String master) {
        return fs.list(lake.rawRoot(master)).stream().filter(FileStatus::isDirectory)
                .map(d -> d.getPath().getName()).filter(n -> n.matches("period=\\d{4}-\\d{2}")).sorted()
                .map(n -> YearMonth.parse(n.substring("period=".length())))
                .filter(p -> !fs.files(lake.raw(master, p), ".parquet").isEmpty()).toList();
    }

    static List<Path> partitions(LakeLayout lake, LakeFs fs, String master) {
        return periods(lake, fs, master).stream().map(p -> lake.raw(master, p)).toList();
    }
}
