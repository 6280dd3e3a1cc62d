package io.opsdw.generator;

import java.util.Map;

/**
 * Simplified to traditional characters for the code labels in the contracts (DOMAIN 0 caveat 4: exports
 * come in both scripts). Only characters that occur in code aliases; all of them exist in GBK.
 */
public final class Traditional {

    private static final Map<Character, Character> S2T = Map.ofEntries(
            Map.entry('满', '滿'), Map.entry('来', '來'), Map.entry('电', '電'), Map.entry('访', '訪'),
            Map.entry('诉', '訴'), Map.entry('产', '產'), Map.entry('质', '質'), Map.entry('务', '務'),
            Map.entry('话', '話'), Map.entry('库', '庫'), Map.entry('盘', '盤'), Map.entry('损', '損'),
            Map.entry('过', '過'), Map.entry('丢', '丟'), Map.entry('领', '領'), Map.entry('会', '會'),
            Map.entry('议', '議'), Map.entry('贵', '貴'), Map.entry('宾', '賓'), Map.entry('样', '樣'),
            Map.entry('间', '間'), Map.entry('饰', '飾'), Map.entry('柜', '櫃'), Map.entry('妆', '妝'),
            Map.entry('报', '報'), Map.entry('废', '廢'), Map.entry('门', '門'), Map.entry('现', '現'),
            Map.entry('题', '題'), Map.entry('员', '員'), Map.entry('认', '認'), Map.entry('级', '級'),
            Map.entry('无', '無'), Map.entry('听', '聽'), Map.entry('头', '頭'), Map.entry('总', '總'),
            Map.entry('购', '購'), Map.entry('邮', '郵'),
            Map.entry('讯', '訊'), Map.entry('销', '銷'), Map.entry('动', '動'), Map.entry('节', '節'),
            Map.entry('庆', '慶'), Map.entry('续', '續'), Map.entry('内', '內'),
            Map.entry('费', '費'), Map.entry('结', '結'), Map.entry('渐', '漸'), Map.entry('处', '處'));

    private Traditional() {
    }

    static String of(String simplified) {
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            out.append(S2T.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Inverse mapping, for readers that normalise traditional labels back (used by tests). */
    public static String toSimplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = c;
            for (var e : S2T.entrySet()) {
                if (e.getValue() == c) {
                    s = e.getKey();
                    break;
                }
            }
            out.append(s);
        }
        return out.toString();
    }
}
