package io.opsdw.ingest.count;

import io.opsdw.ingest.read.FileKind;
import io.opsdw.ingest.read.ProbedFile;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The second, independent count of a file's data records, compared with what the reader produced before anything is
 * landed: CSV by the record rule (decoded in the file's charset, strictly), workbooks sheet by sheet. Shares no code
 * with the readers or the validation. Runs anywhere (plain Java), e.g. in a Spark task next to the file.
 */
public final class RecordCounter {

    private RecordCounter() {
    }

    /** Every table of the file; never throws: a file that cannot be counted comes back with its error. */
    public static FileCount count(ProbedFile file, int skipRows) {
        try {
            return new FileCount(file.name(), tables(file, skipRows, -1, n -> { }), null);
        } catch (Exception | StackOverflowError e) {
            String why = firstLine(e.getMessage());
            return new FileCount(file.name(), List.of(), why.isEmpty() ? e.getClass().getSimpleName() : why);
        }
    }

    /** Streams the first line (sheet row) of every data record of one table, in file order. */
    public static void starts(ProbedFile file, int skipRows, int sheet, LongConsumer starts) throws Exception {
        tables(file, skipRows, sheet, starts);
    }

    private static List<SheetCount> tables(ProbedFile file, int skipRows, int sheet, LongConsumer starts) throws Exception {
        Path path = Path.of(file.path());
        if (file.kind() == FileKind.XLSX) {
            if (FileMagic.valueOf(path.toFile()) != FileMagic.OLE2) {
                return WorkbookRowCount.count(path, skipRows, sheet, starts);
            }
            Path decrypted = decryptWithDefaultPassword(path);
            if (decrypted == null) {
                return LegacyXlsRowCount.count(path, skipRows, sheet, starts);
            }
            try {
                return WorkbookRowCount.count(decrypted, skipRows, sheet, starts);
            } finally {
                Files.deleteIfExists(decrypted);
            }
        }
        long[] count = {0, 0};
        var decoder = Charset.forName(file.charset()).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16)) {
            boolean header = CsvRecordCount.count(in, file.delimiter(), skipRows, line -> {
                count[0]++;
                count[1] += line;
                starts.accept(line);
            });
            return List.of(new SheetCount(0, null, header, count[0], count[1]));
        }
    }

    /**
     * An XLSX encrypted with Excel's default password ("read-only recommended") sits in an OLE2 container: decrypted to
     * an owner-only temporary file. Null when the container holds a legacy .xls instead.
     */
    private static Path decryptWithDefaultPassword(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (!fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return null;
            }
            Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!d.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw new IllegalStateException("password-protected");
            }
            Path out = Files.createTempFile("opsdw-count-", ".xlsx");
            try (InputStream in = d.getDataStream(fs)) {
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return out;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
