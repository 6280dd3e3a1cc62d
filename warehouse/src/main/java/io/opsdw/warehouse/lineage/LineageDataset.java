package io.opsdw.warehouse.lineage;

/**
 * A dataset as OpenLineage names it (spec: Naming.md): {@code file} and an absolute path for the local disk, the
 * scheme and authority ({@code hdfs://namenode:8020}, {@code s3a://bucket}) and the path for any other file system.
 * Export files, lake partitions, mart tables, the warehouse file and report files are all named this way.
 */
public record LineageDataset(String namespace, String name) {

    public static LineageDataset of(java.nio.file.Path local) {
        return new LineageDataset("file", local.toAbsolutePath().normalize().toString());
    }

    public static LineageDataset of(org.apache.hadoop.fs.Path location) {
        java.net.URI uri = location.toUri();
        if (uri.getScheme() == null || uri.getScheme().equals("file")) {
            return new LineageDataset("file", uri.getPath());
        }
        return new LineageDataset(uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority()), uri.getPath());
    }
}
