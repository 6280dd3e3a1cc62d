package io.opsdw.generator;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a CSV export is encoded; the back-office PCs of these businesses still save GBK. */
public enum Encoding {
    UTF8(StandardCharsets.UTF_8, false, "UTF-8"),
    UTF8_BOM(StandardCharsets.UTF_8, true, "UTF-8"),
    GBK(Charset.forName("GBK"), false, "GBK");

    final Charset charset;
    final boolean bom;
    final String label;

    Encoding(Charset charset, boolean bom, String label) {
        this.charset = charset;
        this.bom = bom;
        this.label = label;
    }
}
