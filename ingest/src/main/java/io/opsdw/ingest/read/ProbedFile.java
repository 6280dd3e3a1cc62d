package io.opsdw.ingest.read;

import java.io.Serializable;

/** What the driver learned about a file before any task reads it: identity, format, charset, delimiter. */
public record ProbedFile(String path, String name, String sha256, long bytes, FileKind kind, String charset,
                         char delimiter) implements Serializable {

    /** The manifest's "encoding": the charset for text, the format for spreadsheets. */
    public String encodingLabel() {
        return kind == FileKind.XLSX ? "xlsx" : charset;
    }
}
