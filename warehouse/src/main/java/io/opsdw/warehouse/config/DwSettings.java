package io.opsdw.warehouse.config;

import java.nio.file.Path;
import io.opsdw.ingest.IngestJob;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Configuration of the dw application (application.yml, DW_* environment variables, --dw.x=y). */
@ConfigurationProperties(prefix = "dw")
public record DwSettings(
        @DefaultValue("./dw-home") Path home,
        /**
         * Where the lake is: any Hadoop file system URI (hdfs://namenode:8020/dw/lake, s3a://bucket/lake, file:/srv/lake)
         * or a plain local path; null means home/lake. The home (lock, ledger, DuckDB file, reports) stays local.
         */
        String lake,
        /** Folder where each period's exports arrive (YYYY-MM subfolders); null means home/inbox. */
        Path input,
        /**
         * The business's time zone (IANA id): the zone of sites without their own, of the monthly schedule and of the
         * times printed on reports. Business times in the lake are wall-clock times in a site's zone.
         */
        @DefaultValue("Asia/Shanghai") java.time.ZoneId timeZone,
        @DefaultValue Spark spark,
        @DefaultValue DuckDb duckdb,
        @DefaultValue Reports reports,
        @DefaultValue Schedule schedule,
        @DefaultValue Mail mail,
        @DefaultValue Publish publish,
        @DefaultValue Ingest ingest,
        @DefaultValue Completeness completeness,
        @DefaultValue Lineage lineage,
        @DefaultValue Transform transform) {

    public DwSettings {
        ingest = ingest == null ? new Ingest(List.of(), 0.5, true, IngestJob.DEFAULT_PARALLEL_SOURCES) : ingest;
        transform = transform == null ? new Transform(io.opsdw.transforms.model.CalendarRange.DEFAULT_MARGIN_YEARS) : transform;
    }

    /**
     * Transform: dim_date spans whole years from the earliest to the latest period in the lake, widened by
     * {@code calendarMarginYears} on each side (dates near a period: last year's service, next year's deadline).
     */
    public record Transform(@DefaultValue("2") int calendarMarginYears) {

        public Transform {
            if (calendarMarginYears < 0) {
                throw new IllegalArgumentException("dw.transform.calendar-margin-years must be 0 or more, not " + calendarMarginYears);
            }
        }
    }

    /**
     * Ingest: {@code ignore} globs name files in the input folder that belong to no source (matched against the name
     * relative to the period folder and the bare file name: {@code *.txt}, {@code 备份/**}); any other unmatched file is
     * an error. A source quarantining more than {@code maxQuarantineShare} of its month's rows is not landed.
     * {@code requireMasters}: an export whose sites (or another required master) are neither in the run, nor declared in
     * the mapping, nor in the lake stops the ingest with a message naming what to provide. {@code parallelSources}:
     * sources of one wave landed at once (Spark shares its cores between their jobs).
     */
    public record Ingest(List<String> ignore, @DefaultValue("0.5") double maxQuarantineShare,
                         @DefaultValue("true") boolean requireMasters, @DefaultValue("3") int parallelSources) {

        public Ingest {
            ignore = ignore == null ? List.of() : List.copyOf(ignore);
        }
    }

    /**
     * stopOnExit=false keeps the session for the next in-process run (tests run many commands in one JVM).
     * {@code master} is any Spark master URL: local[*] (default), spark://host:7077, local-cluster[N,cores,mb], yarn,
     * k8s://... {@code conf} passes further Spark settings through unchanged (e.g. dw.spark.conf.[spark.executor.memory]=4g).
     */
    public record Spark(@DefaultValue("local[*]") String master, @DefaultValue("4") int shufflePartitions,
                        @DefaultValue("true") boolean stopOnExit, Map<String, String> conf) {

        public Spark {
            conf = conf == null ? Map.of() : Map.copyOf(conf);
        }
    }

    public record DuckDb(@DefaultValue("2GB") String memoryLimit, @DefaultValue("2") int threads) {
    }

    /**
     * The published DuckDB file. {@code storageVersion}: the oldest DuckDB release whose storage format the file is
     * written in ({@code ATTACH ... (STORAGE_VERSION ...)}); v1.4.0 lets DuckDB 1.4 LTS and every later client open
     * it, where the bundled driver's own format would shut out the 1.x clients analysts' tools still ship.
     * {@code snapshots}: how many dated copies ({@code opsdw_YYYY-MM.duckdb}, one per published period, the latest
     * periods kept) to keep beside the stable file; 0 keeps none.
     */
    public record Publish(@DefaultValue("v1.4.0") String storageVersion, @DefaultValue("3") int snapshots) {

        public static final Publish DEFAULTS = new Publish("v1.4.0", 3);

        public Publish {
            if (snapshots < 0) {
                throw new IllegalArgumentException("dw.publish.snapshots must be 0 or more, not " + snapshots);
            }
        }
    }

    public record Reports(@DefaultValue({"zh-CN", "en"}) List<String> locales, @DefaultValue("pdf") List<String> formats) {
    }

    /**
     * The embedded schedule: a Spring cron read in {@code timeZone}; a failed monthly run is tried again after
     * {@code retryDelay}, doubling up to {@code maxRetryDelay}, until the next firing.
     */
    public record Schedule(@DefaultValue("0 0 6 1 * *") String cron, @DefaultValue("3") int catchUpMonths,
                           @DefaultValue("30m") java.time.Duration retryDelay, @DefaultValue("6h") java.time.Duration maxRetryDelay) {
    }

    /**
     * OpenLineage run events of every task: to {@code url} (an OpenLineage HTTP endpoint, e.g. Marquez, events POSTed to
     * {@code endpoint}) or appended to {@code file} (JSON lines); neither set: no events. Jobs are named dw.&lt;task&gt;
     * in {@code namespace}.
     */
    public record Lineage(String url, @DefaultValue("/api/v1/lineage") String endpoint, String file,
                          @DefaultValue("opsdw") String namespace) {
    }

    /**
     * Which exports make a month complete (the gate before reports are rendered and delivered): {@code company}
     * exports that must arrive (one file for the company, possibly without rows), {@code businessLines} the sources in
     * which every site of a business line must have rows, and {@code sites} replacing that list for single sites
     * (e.g. one that closed: []). {@code allowPartial} renders and
     * delivers an incomplete month with a "partial data" banner instead of holding it back.
     */
    public record Completeness(List<String> company, Map<String, List<String>> businessLines, Map<String, List<String>> sites,
                               @DefaultValue("false") boolean allowPartial) {

        public Completeness {
            company = company == null ? List.of() : List.copyOf(company);
            businessLines = businessLines == null ? Map.of() : Map.copyOf(businessLines);
            sites = sites == null ? Map.of() : Map.copyOf(sites);
        }
    }

    /**
     * Optional mail: each site's reports to its recipients (site code, "ALL" for the company-wide reports), and the
     * embedded schedule's failure alerts to {@code operators}.
     */
    public record Mail(@DefaultValue("false") boolean enabled, @DefaultValue("dw@localhost") String from,
                       Map<String, List<String>> recipients, List<String> operators) {

        public Mail {
            recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
            operators = operators == null ? List.of() : List.copyOf(operators);
        }
    }
}
