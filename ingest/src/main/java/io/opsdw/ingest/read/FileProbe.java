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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * File-level checks before any row is read: checksum, empty / HTML / binary files, spreadsheet or text, and the
 * charset: declared, BOM, strict UTF-8, else one of the CJK multi-byte charsets that decode the whole file without
 * error (GB18030, Big5; weighed afterwards by {@link EncodingChoice}). Single-byte Western or Cyrillic charsets are
 * never guessed: a short Chinese export decodes "cleanly" in them too, as nonsense. A file that does not decode
 * cleanly in its charset is rejected whole: a garbled export would otherwise land as wrong text without any row failing.
 */
public final class FileProbe {

    private static final int SNIFF = 1 << 20;

    private FileProbe() {
    }

    public static ProbedFile probe(Path file, Optional<String> declaredEncoding, Optional<String> declaredDelimiter) {
        return probe(new InputFile(file, file.getFileName().toString()), declaredEncoding, declaredDelimiter);
    }

    public static ProbedFile probe(InputFile input, Optional<String> declaredEncoding, Optional<String> declaredDelimiter) {
        Path file = input.path();
        String name = input.name();
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
            if (declaredEncoding.isEmpty() && looksBinary(head)) {
                throw new IngestException("file " + name + ": binary content, not a text table; export it as CSV or XLSX");
            }
            Guess guess = new Guess();
            Charset charset = charset(file, name, head, declaredEncoding, guess);
            String text = new String(head, 0, Math.min(head.length, 64 * 1024), charset);
            if (text.indexOf('\u0000') >= 0) {
                throw new IngestException("file " + name + ": binary content, not a text table; export it as CSV or XLSX");
            }
            char delimiter = declaredDelimiter.map(FileProbe::delimiter).orElseGet(() -> detectDelimiter(text));
            return new ProbedFile(file.toString(), name, sha, bytes, FileKind.CSV, charset.name(), delimiter, guess.guessed,
                    guess.candidates, guess.detected);
        } catch (IOException e) {
            throw new IngestException("file " + name + ": cannot be read (" + e.getMessage() + "); check permissions", e);
        }
    }

    /** How a guessed charset was arrived at. */
    private static final class Guess {
        boolean guessed;
        List<String> candidates = List.of();
        String detected;
    }

    /** CJK multi-byte charsets tried when a file is neither marked nor UTF-8 (GBK and GB2312 read as their superset). */
    static final List<String> CJK = List.of("GB18030", "Big5-HKSCS");

    private static Charset charset(Path file, String name, byte[] head, Optional<String> declared, Guess guess)
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
            Optional<Charset> detected = detect(head);
            guess.detected = detected.map(Charset::name).orElse(null);
            List<String> candidates = new ArrayList<>();
            // the detector's CJK choice first (it is good at telling GB from Big5 on long texts), then the others
            detected.filter(c -> CJK.contains(c.name())).ifPresent(c -> candidates.add(c.name()));
            for (String c : CJK) {
                if (!candidates.contains(c)) {
                    candidates.add(c);
                }
            }
            candidates.removeIf(c -> !decodesCleanlyQuietly(file, Charset.forName(c)));
            if (candidates.isEmpty()) {
                throw new IngestException("file " + name + ": does not decode as UTF-8, GB18030/GBK or Big5 (detected: "
                        + (guess.detected == null ? "nothing" : guess.detected) + "): it holds invalid or mixed encodings, or a "
                        + "single-byte one; re-export it in one encoding, or declare it (encoding: windows-1252, say) in a mapping file");
            }
            guess.guessed = true;
            guess.candidates = List.copyOf(candidates);
            return Charset.forName(candidates.get(0));
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

    private static boolean decodesCleanlyQuietly(Path file, Charset cs) {
        try {
            return decodesCleanly(file, cs);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * NUL bytes outside UTF-16 text: a binary file. Checked on the bytes, before any decoding is tried on it (a
     * multi-byte decoding could otherwise accept a binary file as text).
     */
    private static boolean looksBinary(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return false;
        }
        for (int i = 0; i < Math.min(head.length, 64 * 1024); i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
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
