package io.opsdw.ingest.read;

import io.opsdw.lakecontract.ChineseScript;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one text normaliser: {@link #canonical} is how an identifier (a key, a code of a master, a phone) is stored,
 * and {@link #key} is {@link #canonical} plus case, whitespace and traditional/simplified folding, how headers and
 * code values are matched. So an identifier written with a trailing no-break space, a zero-width space or in
 * full-width letters is the same identifier, exactly as such a code is the same code.
 */
public final class TextKeys {


    private TextKeys() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String folded = canonical(text);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                sb.appendCodePoint(ChineseScript.simplified(cp));
            }
        });
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Invisible format characters removed (zero-width spaces and joiners, byte-order marks, soft hyphens, direction
     * marks: Unicode category Cf), then NFKC (full-width letters and digits become ASCII, a no-break or ideographic
     * space a space), then trimmed.
     */
    public static String canonical(String text) {
        if (isAsciiOnly(text)) {
            return text.strip();
        }
        StringBuilder visible = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                if (visible == null) {
                    visible = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (visible != null) {
                visible.append(c);
            }
        }
        return Normalizer.normalize(visible == null ? text : visible, Normalizer.Form.NFKC).strip();
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
}
