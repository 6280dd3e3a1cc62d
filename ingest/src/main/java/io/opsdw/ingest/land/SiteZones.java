package io.opsdw.ingest.land;

import static org.apache.spark.sql.functions.col;

import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.lakecontract.LakeFs;
import io.opsdw.lakecontract.LakeLayout;
import io.opsdw.ingest.validate.RowParser;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Each site's time zone, from the sites master landed for the period ({@code time_zone}, an IANA id), for the
 * sources whose rows name a site; sites without one, and sources without a site, use the configured default
 * ({@code dw.time-zone}). A few rows per site, read on the driver.
 */
final class SiteZones {

    static final String SITES = "sites";
    static final String ZONE_FIELD = "time_zone";

    private SiteZones() {
    }

    static RowParser.Zones of(SparkSession spark, LakeLayout lake, LakeFs fs, YearMonth period, ZoneId defaultZone,
                              SourceContract contract) {
        FieldSpec site = siteField(contract);
        // an export spanning periods: its sites are landed for each of them first, so the latest snapshot holds them
        YearMonth snapshot = period != null ? period
                : MasterKeys.periods(lake, fs, SITES).stream().reduce((a, b) -> b).orElse(null);
        if (site == null || snapshot == null || !fs.isDirectory(lake.raw(SITES, snapshot))) {
            return new RowParser.Zones(defaultZone, null, Map.of());
        }
        Path partition = lake.raw(SITES, snapshot);
        Dataset<Row> sites = spark.read().parquet(partition.toString());
        if (!Arrays.asList(sites.columns()).contains(ZONE_FIELD)) {
            return new RowParser.Zones(defaultZone, site.name(), Map.of()); // landed before sites had a time zone
        }
        Map<String, ZoneId> bySite = new HashMap<>();
        for (Row r : sites.filter(col(ZONE_FIELD).isNotNull()).select("site_code", ZONE_FIELD).collectAsList()) {
            bySite.put(r.getString(0), ZoneId.of(r.getString(1)));
        }
        return new RowParser.Zones(defaultZone, site.name(), bySite);
    }

    /** The field naming the row's site: the one that references the sites master. */
    private static FieldSpec siteField(SourceContract contract) {
        return contract.fields().stream().filter(f -> SITES.equals(f.references())).findFirst().orElse(null);
    }
}
