package io.opsdw.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One-sheet XLSX via POI's streaming workbook (constant memory). All cells are text, as the source
 * system exports them. Document properties carry a fixed timestamp so that the same seed gives the same bytes.
 */
public final class XlsxExportWriter implements ExportWriter {

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final LocalDateTime documentTime;
    private int nextRow;

    public XlsxExportWriter(Path file, String sheetName, String[] header, LocalDateTime documentTime) throws IOException {
        this.file = file;
        this.documentTime = documentTime;
        this.workbook = new SXSSFWorkbook(new XSSFWorkbook(), 500);
        this.sheet = workbook.createSheet(sheetName);
        writeRow(header);
    }

    @Override
    public void writeRow(String[] cells) {
        var row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    @Override
    public List<Path> finish() throws IOException {
        var props = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date fixed = Date.from(documentTime.toInstant(ZoneOffset.UTC));
        props.setCreated(Optional.of(fixed));
        props.setModified(Optional.of(fixed));
        props.setCreator("opsdw sample export generator");
        props.setLastModifiedByUser("opsdw");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return List.of(file);
    }
}
