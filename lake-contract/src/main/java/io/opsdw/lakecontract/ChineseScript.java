package io.opsdw.lakecontract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional and simplified Chinese characters from one table, {@code text/traditional-simplified.txt}: ingest folds
 * an export's traditional headers and codes to simplified with it; the sample generator writes some codes in
 * traditional, as real exports do (DOMAIN 0 caveat 4).
 */
public final class ChineseScript {

    private static final Map<Integer, Integer> T2S = new HashMap<>();
    private static final Map<Integer, Integer> S2T = new HashMap<>();

    static {
        try (InputStream in = ChineseScript.class.getClassLoader().getResourceAsStream("text/traditional-simplified.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource text/traditional-simplified.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int[] cps = line.strip().codePoints().toArray();
                if (cps.length == 2 && cps[0] != '#') {
                    T2S.put(cps[0], cps[1]);
                    S2T.putIfAbsent(cps[1], cps[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ChineseScript() {
    }

    /** The simplified form of a traditional character; any other code point unchanged. */
    public static int simplified(int codePoint) {
        return T2S.getOrDefault(codePoint, codePoint);
    }

    public static String toSimplified(String text) {
        return map(text, T2S);
    }

    public static String toTraditional(String text) {
        return map(text, S2T);
    }

    private static String map(String text, Map<Integer, Integer> table) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(table.getOrDefault(c, c)));
        return out.toString();
    }
}
