package io.opsdw.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Matching keys for headers and code values: full-width folded (NFKC), traditional characters folded to
 * simplified, case and whitespace ignored. Only used to compare, never to change stored text.
 */
public final class TextKeys {

    private static final Map<Integer, Integer> T2S = loadVariants();

    private TextKeys() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                sb.appendCodePoint(T2S.getOrDefault(cp, cp));
            }
        });
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** NFKC + trim: full-width digits, letters and punctuation become ASCII before a value is parsed. */
    public static String fold(String text) {
        if (isAsciiOnly(text)) {
            return text.strip();
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** ASCII text is already NFKC; the fast path matters because every value of every row is folded. */
    private static boolean isAsciiOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** ASCII without whitespace: its key is just its lower case. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c <= ' ') {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, Integer> loadVariants() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = TextKeys.class.getClassLoader().getResourceAsStream("text/traditional-simplified.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource text/traditional-simplified.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int[] cps = line.strip().codePoints().toArray();
                if (cps.length == 2 && cps[0] != '#') {
                    map.put(cps[0], cps[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
