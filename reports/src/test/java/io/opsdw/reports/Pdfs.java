package io.opsdw.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** pdfbox helpers: extracted text, page count and the fonts used. */
final class Pdfs {
    private Pdfs() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** Font name to "is embedded", over all pages. */
    static java.util.Map<String, Boolean> fonts(Path pdf) throws IOException {
        java.util.Map<String, Boolean> fonts = new java.util.TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (var name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    fonts.put(f.getName(), f.isEmbedded());
                }
            }
        }
        return fonts;
    }
}
