package io.opsdw.reports;

import java.nio.file.Path;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/** Writes a filled report as PDF, XLSX or HTML through the JasperReports exporters. */
final class ReportExporter {
    static final List<String> FORMATS = List.of("pdf", "html", "xlsx");

    /** What a PDF says about itself: title, subject, keywords and author in its document properties. */
    record DocumentInfo(String title, String subject, String keywords, String author) {
    }

    void export(JasperPrint print, String format, Path file, DocumentInfo info) {
        try {
            switch (format) {
                case "pdf" -> pdf(print, file, info);
                case "html" -> html(print, file);
                case "xlsx" -> xlsx(print, file);
                default -> throw new ReportException("unknown format '" + format + "'; known: pdf, xlsx, html");
            }
        } catch (JRException e) {
            throw new IllegalStateException("export of " + file + " failed: " + e.getMessage(), e);
        }
    }

    private static void pdf(JasperPrint print, Path file, DocumentInfo info) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(info.title());
        config.setDisplayMetadataTitle(true); // viewers show the title, not the file name
        config.setMetadataSubject(info.subject());
        config.setMetadataKeywords(info.keywords());
        config.setMetadataAuthor(info.author());
        config.setMetadataCreator("opsdw reports");
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    private static void html(JasperPrint print, Path file) throws JRException {
        HtmlExporter exporter = new HtmlExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleHtmlExporterOutput(file.toFile()));
        SimpleHtmlReportConfiguration config = new SimpleHtmlReportConfiguration();
        config.setEmbedImage(true); // one self-contained file, charts included
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    private static void xlsx(JasperPrint print, Path file) throws JRException {
        neutraliseFormulas(print);
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
        SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
        config.setDetectCellType(true);
        config.setRemoveEmptySpaceBetweenRows(true);
        config.setWhitePageBackground(false);
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    /**
     * Free text from the sources (suggestions, aspects) could start with = + - @ and be taken for a formula
     * by a spreadsheet: prefix such texts with an apostrophe. Numbers keep their cell type.
     * Call last on a print: it changes the print's texts.
     */
    static void neutraliseFormulas(JasperPrint print) {
        for (JRPrintPage page : print.getPages()) {
            neutralise(page.getElements());
        }
    }

    private static void neutralise(List<JRPrintElement> elements) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                neutralise(frame.getElements());
            } else if (e instanceof JRPrintText text && isFormulaLike(text)) {
                text.setText("'" + text.getFullText());
            }
        }
    }

    static boolean isFormulaLike(JRPrintText text) {
        String s = text.getFullText();
        if (s == null || s.isEmpty() || "=+-@".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        return !(text.getValue() instanceof Number);
    }
}
