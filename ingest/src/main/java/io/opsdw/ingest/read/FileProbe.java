package io.opsdw.ingest.read;

import io.opsdw.ingest.IngestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * File-level checks before any row is read: checksum, empty / HTML / binary files, spreadsheet or text, and the
 * charset (declared, BOM, strict UTF-8, else juniversalchardet). A file that does not decode cleanly in its charset
 * is rejected whole: a garbled export would otherwise land as wrong text without any row failing.
 */
public final class FileProbe {

    private static final int SNIFF = 1 << 20;

    private FileProbe() {
    }

    public static ProbedFile probe(Path file, Optional<String> declaredEncoding, Optional<String> declaredDelimiter) {
        String name = file.getFileName().toString();
        try {
            long bytes = Files.size(file);
            if (bytes == 0) {
                throw new IngestException("file " + name + ": empty file (0 bytes); re-export it or remove it from the input folder");
            }
            byte[] head = readHead(file);
            String sha = sha256(file);
            if (isZip(head) || isOle2(head)) {
                return new ProbedFile(file.toString(), name, sha, bytes, FileKind.XLSX, null, ',', false);
            }
            if (looksLikeHtml(head)) {
                throw new IngestException("file " + name + ": this is an HTML page, not a CSV or XLSX table; export the data itself");
            }
            boolean[] guessed = new boolean[1];
            Charset charset = charset(file, name, head, declaredEncoding, guessed);
            String text = new String(head, 0, Math.min(head.length, 64 * 1024), charset);
            if (text.indexOf('\u0000') >= 0) {
                throw new IngestException("file " + name + ": binary content, not a text table; export it as CSV or XLSX");
            }
            char delimiter = declaredDelimiter.map(FileProbe::delimiter).orElseGet(() -> detectDelimiter(text));
            return new ProbedFile(file.toString(), name, sha, bytes, FileKind.CSV, charset.name(), delimiter, guessed[0]);
        } catch (IOException e) {
            throw new IngestException("file " + name + ": cannot be read (" + e.getMessage() + "); check permissions", e);
        }
    }

    private static Charset charset(Path file, String name, byte[] head, Optional<String> declared, boolean[] guessed)
            throws IOException {
        Charset cs;
        String how;
        if (declared.isPresent()) {
            cs = lookup(declared.get(), name);
            how = "declared";
        } else if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            cs = StandardCharsets.UTF_8;
            how = "byte-order mark";
        } else if (startsWith(head, 0xFF, 0xFE)) {
            cs = StandardCharsets.UTF_16LE;
            how = "byte-order mark";
        } else if (startsWith(head, 0xFE, 0xFF)) {
            cs = StandardCharsets.UTF_16BE;
            how = "byte-order mark";
        } else if (decodesCleanly(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        } else {
            cs = detect(head).orElseThrow(() -> new IngestException("file " + name
                    + ": cannot tell its encoding; declare it (encoding: GB18030 / Big5 / UTF-8) in a mapping file"));
            how = "detected";
            guessed[0] = true;
        }
        if (!decodesCleanly(file, cs)) {
            throw new IngestException("file " + name + ": does not decode as " + cs.name() + " (" + how
                    + "): it holds invalid or mixed encodings; re-export it in one encoding or declare the right one in a mapping file");
        }
        return cs;
    }

    private static Charset lookup(String declared, String name) {
        String n = declared.trim().toUpperCase(Locale.ROOT);
        // GBK and GB2312 exports routinely contain GB18030-only characters; the superset reads them all.
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("CP936")) {
            n = "GB18030";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IngestException("file " + name + ": unknown encoding '" + declared + "' declared in the mapping; use e.g. UTF-8, GB18030, Big5");
        }
    }

    private static Optional<Charset> detect(byte[] head) {
        UniversalDetector d = new UniversalDetector(null);
        d.handleData(head, 0, head.length);
        d.dataEnd();
        String found = d.getDetectedCharset();
        if (found == null) {
            return Optional.empty();
        }
        String n = found.toUpperCase(Locale.ROOT);
        if (n.startsWith("GB") || n.equals("HZ-GB-2312")) {
            return Optional.of(Charset.forName("GB18030"));
        }
        if (n.startsWith("BIG5")) {
            return Optional.of(Charset.forName("Big5-HKSCS"));
        }
        try {
            return Optional.of(Charset.forName(found));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Short Chinese texts are ambiguous between GB18030 and Big5 (most Big5 byte pairs are valid GB18030 too), so a
     * guessed charset comes with the other one as an alternative for the caller to weigh, e.g. against the header.
     */
    public static Optional<String> alternative(ProbedFile f) {
        if (!f.charsetGuessed() || f.charset() == null) {
            return Optional.empty();
        }
        String other = f.charset().startsWith("GB") ? "Big5-HKSCS" : f.charset().startsWith("Big5") ? "GB18030" : null;
        try {
            return other != null && decodesCleanly(Path.of(f.path()), Charset.forName(other)) ? Optional.of(other) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Strict decoding of the whole file; a replacement character already in the text counts as garbage too. */
    static boolean decodesCleanly(Path file, Charset cs) throws IOException {
        var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buf = new char[1 << 16];
        try (Reader r = new InputStreamReader(Files.newInputStream(file), decoder)) {
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\uFFFD') {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static char delimiter(String declared) {
        String d = declared.equals("\\t") || declared.equalsIgnoreCase("tab") ? "\t" : declared;
        if (d.length() != 1) {
            throw new IngestException("mapping: delimiter must be one character (or 'tab'), got '" + declared + "'");
        }
        return d.charAt(0);
    }

    /** The candidate that splits the first line most often; comma when none appears. */
    static char detectDelimiter(String text) {
        int eol = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                eol = i;
                break;
            }
        }
        String first = text.substring(0, eol);
        char best = ',';
        long bestCount = 0;
        for (char c : new char[] {',', '\t', ';', '|'}) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                || start.startsWith("<head") || start.startsWith("<table");
    }

    private static boolean isZip(byte[] h) {
        return startsWith(h, 0x50, 0x4B, 0x03, 0x04);
    }

    private static boolean isOle2(byte[] h) {
        return startsWith(h, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean startsWith(byte[] h, int... prefix) {
        if (h.length < prefix.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(h, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int[] ints) {
        byte[] b = new byte[ints.length];
        for (int i = 0; i < ints.length; i++) {
            b[i] = (byte) ints[i];
        }
        return b;
    }
}
