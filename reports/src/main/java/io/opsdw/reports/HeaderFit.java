package io.opsdw.reports;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRFont;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * Sizes a column header so that it never breaks inside a word. JasperReports breaks a word wider than the line
 * mid-word ("Outstandin / g"), and may break Chinese between any two characters ("累计占 / 比"); it has no
 * "shrink until each word fits" of its own. So: a header with Chinese in it prints on one line, at the largest size
 * up to 9 pt at which it fits; any other header wraps at spaces, at the largest size at which its widest word fits.
 */
final class HeaderFit {
    static final float SIZE = 9f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private HeaderFit() {
    }

    /** Whether the header may take more than one line (breaking at spaces only). */
    static boolean wraps(String header) {
        return header.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static float fontSize(String header, int width, Locale locale) {
        JasperReportsContext context = DefaultJasperReportsContext.getInstance();
        String family = JRPropertiesUtil.getInstance(context).getProperty(JRFont.DEFAULT_FONT_NAME);
        Font bold = FontUtil.getInstance(context).getAwtFontFromBundles(family, Font.BOLD, SIZE, locale, true);
        if (bold == null) {
            return SIZE;
        }
        double widest = 0;
        for (String part : wraps(header) ? header.strip().split("\\s+") : new String[] {header.strip()}) {
            widest = Math.max(widest, bold.getStringBounds(part, FRC).getWidth());
        }
        if (widest <= width) {
            return SIZE;
        }
        return (float) (Math.floor(SIZE * width / widest * 2) / 2); // half-point steps, rounded down to fit
    }
}
