package io.opsdw.ingest.read;

import java.io.Serializable;
import java.util.List;

/**
 * What the driver learned about a file before any task reads it: identity, format, charset, delimiter. A charset not
 * declared, marked nor plain UTF-8 is guessed: {@code candidates} are the CJK decodings that read the whole file
 * without error (the first is the provisional choice), {@code detected} what the statistical detector said.
 */
public record ProbedFile(String path, String name, String sha256, long bytes, FileKind kind, String charset,
                         char delimiter, boolean charsetGuessed, List<String> candidates, String detected) implements Serializable {

    public ProbedFile {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public ProbedFile(String path, String name, String sha256, long bytes, FileKind kind, String charset, char delimiter,
                      boolean charsetGuessed) {
        this(path, name, sha256, bytes, kind, charset, delimiter, charsetGuessed, List.of(), null);
    }

    public ProbedFile withCharset(String other) {
        return new ProbedFile(path, name, sha256, bytes, kind, other, delimiter, charsetGuessed, candidates, detected);
    }

    /** The manifest's "encoding": the charset for text, the format for spreadsheets. */
    public String encodingLabel() {
        return kind == FileKind.XLSX ? "xlsx" : charset;
    }
}
