package io.opsdw.ingest.read;

import java.io.Serializable;

/** What the driver learned about a file before any task reads it: identity, format, charset, delimiter. */
public record ProbedFile(String path, String name, String sha256, long bytes, FileKind kind, String charset,
                         char delimiter, boolean charsetGuessed) implements Serializable {

    public ProbedFile withCharset(String other) {
        return new ProbedFile(path, name, sha256, bytes, kind, other, delimiter, charsetGuessed);
    }

    /** The manifest's "encoding": the charset for text, the format for spreadsheets. */
    public String encodingLabel() {
        return kind == FileKind.XLSX ? "xlsx" : charset;
    }
}
