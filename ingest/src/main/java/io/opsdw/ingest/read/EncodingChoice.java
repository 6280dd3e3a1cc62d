package io.opsdw.ingest.read;

import io.opsdw.ingest.IngestException;
import io.opsdw.lakecontract.contract.FieldSpec;
import io.opsdw.lakecontract.contract.SourceContract;
import io.opsdw.ingest.mapping.SourceMapping;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the charset of a file whose charset was guessed, among the CJK decodings that read it without error
 * ({@link ProbedFile#candidates()}): the one whose non-ASCII header cells and cell values are most often the
 * contract's own words (header aliases, code aliases). Without such evidence, the one that reads most like ordinary
 * Chinese: most of its Han characters among the charset's frequent ones (GB2312's, Big5's level 1); a
 * decoding that reads as rare characters is how Western text looks in a CJK charset, and the file is refused with a
 * request to declare its encoding rather than landed as nonsense. The statistical detector only orders the
 * candidates: on short texts it calls GBK windows-1252 or KOI8-R.
 */
public final class EncodingChoice {

    /** Records sampled per candidate decoding. */
    static final int SAMPLE_RECORDS = 200;
    /**
     * Real GBK or Big5 text has nearly all its Han characters among the frequent ones; Western text read in a CJK
     * charset almost none (its accented letters pair with ASCII bytes into rare characters). Names with rarer
     * characters stay far above one half.
     */
    static final double PLAUSIBLE_SHARE = 0.5;

    private EncodingChoice() {
    }

    public static ProbedFile weigh(ProbedFile p, SourceContract contract, SourceMapping mapping) {
        if (!p.charsetGuessed() || p.candidates().isEmpty()) {
            return p;
        }
        Set<String> vocabulary = vocabulary(contract, mapping);
        ProbedFile best = null;
        Score bestScore = null;
        for (String c : p.candidates()) {
            ProbedFile candidate = p.withCharset(c);
            Score s = score(candidate, mapping.skipRows(), vocabulary);
            if (bestScore == null || s.evidence > bestScore.evidence
                    || s.evidence == bestScore.evidence && s.plausibility() > bestScore.plausibility() + 0.05) {
                best = candidate;
                bestScore = s;
            }
        }
        if (bestScore.evidence == 0) {
            if (bestScore.han > 0 && bestScore.plausibility() < PLAUSIBLE_SHARE) {
                throw new IngestException("file " + p.name() + ": cannot tell its encoding (as " + best.charset()
                        + " it reads as unusual characters); declare it (encoding: GB18030 / Big5 / windows-1252) in a mapping file");
            }
        }
        return best;
    }

    private record Score(int evidence, int han, int common) {

        double plausibility() {
            return han == 0 ? 1 : (double) common / han;
        }
    }

    /** Header and code words of the contract (and the mapping's renames and codes), as matching keys. */
    private static Set<String> vocabulary(SourceContract contract, SourceMapping mapping) {
        Set<String> words = new HashSet<>();
        for (FieldSpec f : contract.fields()) {
            f.aliases().forEach(a -> words.add(TextKeys.key(a)));
            f.codeAliases().forEach((code, aliases) -> aliases.forEach(a -> words.add(TextKeys.key(a))));
            mapping.codesFor(f.name()).keySet().forEach(v -> words.add(TextKeys.key(v)));
        }
        mapping.headers().keySet().forEach(h -> words.add(TextKeys.key(h)));
        words.removeIf(EncodingChoice::ascii);
        return words;
    }

    private static Score score(ProbedFile p, int skipRows, Set<String> vocabulary) {
        Frequent common = new Frequent(p.charset().startsWith("Big5"));
        int[] s = {0, 0, 0};
        try (TableReader reader = TableReaders.open(p, skipRows)) {
            tally(reader.header(), vocabulary, common, s);
            for (int i = 0; i < SAMPLE_RECORDS; i++) {
                RawRecord rec = reader.next();
                if (rec == null) {
                    break;
                }
                if (rec.cells() != null) {
                    tally(List.of(rec.cells()), vocabulary, common, s);
                }
            }
        } catch (IngestException e) {
            return new Score(-1, 1, 0);
        }
        return new Score(s[0], s[1], s[2]);
    }

    /** The frequent characters: GB2312's Han characters, Big5's level 1 (by their lead byte). */
    private static final class Frequent {
        private final CharsetEncoder encoder;
        private final int low;
        private final int high;
        private final java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(8);

        Frequent(boolean big5) {
            this.encoder = Charset.forName(big5 ? "Big5" : "GB2312").newEncoder();
            this.low = big5 ? 0xA4 : 0xB0;
            this.high = big5 ? 0xC6 : 0xF7;
        }

        boolean has(char c) {
            out.clear();
            encoder.reset();
            if (encoder.encode(java.nio.CharBuffer.wrap(new char[] {c}), out, true).isError()) {
                return false;
            }
            int lead = out.position() == 2 ? out.get(0) & 0xFF : -1;
            return lead >= low && lead <= high;
        }
    }

    private static void tally(List<String> cells, Set<String> vocabulary, Frequent common, int[] s) {
        for (String c : cells) {
            if (c == null || ascii(c)) {
                continue;
            }
            if (c.length() <= 20 && vocabulary.contains(TextKeys.key(c))) {
                s[0]++;
            }
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
                    s[1]++;
                    if (common.has(ch)) {
                        s[2]++;
                    }
                }
            }
        }
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
