package io.opsdw.reports;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads what the charts of a PDF show, the way a reader's eye would: each page is rendered to an image and read by
 * tesseract (chi_sim + eng). The PDF's own text (table cells, titles) is left out of the image, so what tesseract
 * reads is only what was drawn as shapes, i.e. the charts' labels, legends and axes: a label that the tables also
 * print cannot make a chart look readable.
 */
final class ChartOcr {
    static final float DPI = 200;
    /** Points; chart text is at most 10 pt, so one line of it is well under this. */
    static final double MAX_LABEL_HEIGHT = 13;
    /** Points; JFreeChart's series markers are squares and circles of 6 pt (8 pt in a bar chart's legend). */
    static final double MAX_MARKER_SIZE = 9;

    /**
     * A filled shape that can be a line of chart text: not taller than one, and not a series marker (which sits
     * right before each legend entry, where tesseract would read it as a character of the label).
     */
    static boolean labelLike(Rectangle2D box) {
        boolean marker = Math.abs(box.getWidth() - box.getHeight()) < 0.6 && box.getHeight() <= MAX_MARKER_SIZE;
        return box.getHeight() <= MAX_LABEL_HEIGHT && !marker;
    }

    private ChartOcr() {
    }

    /**
     * The chart labels tesseract reads on each page of the PDF, whitespace removed (OCR spaces Han characters
     * apart). Each label is cut out of the page and read as one line of a strip of labels: read in place, next to
     * series markers and axis ticks, short labels come out garbled often enough to make a test flaky.
     */
    static List<List<String>> pages(Path pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                ShapesOnlyRenderer renderer = new ShapesOnlyRenderer(doc);
                BufferedImage page = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                BufferedImage strip = strip(page, renderer.labels, doc.getPage(i).getMediaBox().getHeight());
                keep(strip, pdf, i);
                List<String> lines = new ArrayList<>();
                if (strip != null) {
                    for (String line : read(strip).split("\n")) {
                        String l = line.replaceAll("\\s+", "");
                        if (!l.isEmpty()) {
                            lines.add(l);
                        }
                    }
                }
                pages.add(lines);
            }
        }
        return pages;
    }

    /** The labels (boxes in PDF points, origin bottom left) cut out of the page image and stacked, one a line. */
    private static BufferedImage strip(BufferedImage page, List<Rectangle2D> labels, float pageHeight) {
        double scale = DPI / 72.0;
        int pad = 6;
        List<java.awt.Rectangle> crops = new ArrayList<>();
        for (Rectangle2D b : labels) {
            int x = (int) Math.floor(b.getMinX() * scale) - pad;
            int y = (int) Math.floor((pageHeight - b.getMaxY()) * scale) - pad;
            java.awt.Rectangle r = new java.awt.Rectangle(x, y, (int) Math.ceil(b.getWidth() * scale) + 2 * pad,
                    (int) Math.ceil(b.getHeight() * scale) + 2 * pad).intersection(
                    new java.awt.Rectangle(0, 0, page.getWidth(), page.getHeight()));
            if (!r.isEmpty() && crops.stream().noneMatch(r::equals)) {
                crops.add(r);
            }
        }
        if (crops.isEmpty()) {
            return null;
        }
        int gap = 24;
        int width = crops.stream().mapToInt(r -> r.width).max().orElse(0) + 2 * gap;
        int height = crops.stream().mapToInt(r -> r.height + gap).sum() + gap;
        BufferedImage strip = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = strip.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        int y = gap;
        for (java.awt.Rectangle r : crops) {
            g.drawImage(page.getSubimage(r.x, r.y, r.width, r.height), gap, y, null);
            y += r.height + gap;
        }
        g.dispose();
        return strip;
    }

    /** With -Docr.keep=DIR, what tesseract was given is kept there as PNG, for looking at a failure. */
    private static void keep(BufferedImage image, Path pdf, int page) throws IOException {
        String dir = System.getProperty("ocr.keep");
        if (image != null && dir != null && !dir.isBlank()) {
            java.nio.file.Files.createDirectories(Path.of(dir));
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "") + "-" + (page + 1) + ".png";
            ImageIO.write(image, "png", Path.of(dir, name).toFile());
        }
    }

    static String read(BufferedImage image) throws IOException {
        // psm 6: one uniform block of text, here one label a line.
        Process p = new ProcessBuilder("tesseract", "stdin", "stdout", "-l", "chi_sim+eng", "--psm", "6")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            ImageIO.write(image, "png", in);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream stdout = p.getInputStream()) {
            stdout.transferTo(out);
        }
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("tesseract failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for tesseract", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Draws only what a chart's labels are made of: small filled shapes (a chart draws each label as one filled
     * outline, a line of text high). Left out: the glyphs of the PDF's text operators, stroked lines (axes, grid,
     * series, table rules), series markers and filled areas taller than a line of chart text (bars, pie slices,
     * section bands, table shading), next to which tesseract stops reading labels. A label drawn as empty boxes is still small
     * filled shapes, and is read as boxes.
     */
    private static final class ShapesOnlyRenderer extends PDFRenderer {
        /** Boxes of the label-like shapes drawn, in PDF points. */
        final List<Rectangle2D> labels = new ArrayList<>();

        ShapesOnlyRenderer(PDDocument doc) {
            super(doc);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
                    // left out: only shapes reach the image
                }

                @Override
                public void fillPath(int windingRule) throws IOException {
                    Rectangle2D box = getLinePath().getBounds2D();
                    if (!labelLike(box)) {
                        getLinePath().reset();
                    } else {
                        labels.add(box);
                        super.fillPath(windingRule);
                    }
                }

                @Override
                public void fillAndStrokePath(int windingRule) throws IOException {
                    fillPath(windingRule);
                }

                @Override
                public void strokePath() {
                    getLinePath().reset();
                }
            };
        }
    }
}
