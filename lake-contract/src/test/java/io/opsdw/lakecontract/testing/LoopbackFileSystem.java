package io.opsdw.lakecontract.testing;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system for tests whose scheme is not {@code file}: {@code lakefs:///abs/path} is the local
 * {@code /abs/path}. Data stays on local disk, but code that opens a lake location with {@code java.nio} instead of
 * Hadoop's API fails ({@code Path.of(URI)} knows no {@code lakefs} provider), so a lake at a {@code lakefs:} URI
 * proves the stages go through Hadoop's {@code FileSystem} everywhere, as they must for {@code hdfs:} or {@code s3a:}.
 *
 * <p>Registered per Hadoop configuration: {@code fs.lakefs.impl} (Spark: {@code spark.hadoop.fs.lakefs.impl}).
 */
public class LoopbackFileSystem extends RawLocalFileSystem {

    public static final String SCHEME = "lakefs";
    private static final URI NAME = URI.create(SCHEME + ":///");

    /** Registers the scheme in a Hadoop configuration. */
    public static void register(Configuration conf) {
        conf.set("fs." + SCHEME + ".impl", LoopbackFileSystem.class.getName());
    }

    /** {@code spark.hadoop.fs.lakefs.impl}, for a Spark session's settings. */
    public static String sparkSetting() {
        return "spark.hadoop.fs." + SCHEME + ".impl";
    }

    /** The {@code lakefs:} URI of a local absolute directory. */
    public static String uri(java.nio.file.Path local) {
        return SCHEME + "://" + local.toAbsolutePath().normalize();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public URI getUri() {
        return NAME;
    }
}
