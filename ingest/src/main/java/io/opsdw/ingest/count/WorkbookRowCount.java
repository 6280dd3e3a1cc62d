package io.opsdw.ingest.count;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Counts the rows of every sheet of an XLSX workbook with SAX (push parsing), a different mechanism from the reader's
 * StAX pull stream ({@code read.XlsxSheetStream}) and sharing no code with it. A row counts when one of its cells
 * holds a value: a non-blank text (shared or inline), a number, a boolean, a date or an error. A formula without a
 * calculated value holds none. Of the shared strings only "blank or not" is kept, one bit each.
 */
final class WorkbookRowCount {

    private WorkbookRowCount() {
    }

    /** Per sheet in workbook order: skips {@code skipRows} row elements and the header row, counts the rest. */
    static List<SheetCount> count(Path file, int skipRows, int onlySheet, LongConsumer starts) throws Exception {
        List<SheetCount> out = new ArrayList<>();
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings blank = blankSharedStrings(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int index = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (onlySheet < 0 || onlySheet == index) {
                        RowHandler rows = new RowHandler(blank, skipRows, starts);
                        XMLReader sax = XMLHelper.newXMLReader();
                        sax.setContentHandler(rows);
                        sax.parse(new InputSource(sheet));
                        out.add(new SheetCount(index, sheets.getSheetName(), rows.header, rows.count, rows.lineSum));
                    }
                }
                index++;
            }
        } finally {
            pkg.revert();
        }
        return out;
    }

    /** Which shared strings are blank, and how many there are. */
    private record SharedStrings(BitSet blank, int[] size) {

        boolean isBlank(int index) {
            if (index < 0 || index >= size[0]) {
                throw new IllegalStateException("shared string " + index + " does not exist");
            }
            return blank.get(index);
        }
    }

    private static SharedStrings blankSharedStrings(OPCPackage pkg) throws Exception {
        BitSet blank = new BitSet();
        int[] size = {0};
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new SharedStrings(blank, size);
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader sax = XMLHelper.newXMLReader();
            sax.setContentHandler(new DefaultHandler() {
                private int item = -1;
                private boolean phonetic;
                private boolean inText;
                private boolean nonBlank;

                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    switch (local) {
                        case "si" -> {
                            item++;
                            nonBlank = false;
                        }
                        case "rPh" -> phonetic = true;
                        case "t" -> inText = !phonetic;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    switch (local) {
                        case "si" -> {
                            blank.set(item, !nonBlank);
                            size[0] = item + 1;
                        }
                        case "rPh" -> phonetic = false;
                        case "t" -> inText = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText && !nonBlank) {
                        nonBlank = !new String(ch, start, length).isBlank();
                    }
                }
            });
            sax.parse(new InputSource(in));
        }
        return new SharedStrings(blank, size);
    }

    private static final class RowHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final LongConsumer starts;
        private int toSkip;
        private boolean header;
        private long count;
        private long lineSum;

        private long row;
        private boolean rowHasValue;
        private String type;
        private boolean inValue;
        private boolean inInline;
        private boolean phonetic;
        private final StringBuilder text = new StringBuilder();

        RowHandler(SharedStrings strings, int skipRows, LongConsumer starts) {
            this.strings = strings;
            this.toSkip = skipRows;
            this.starts = starts;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : Long.parseLong(r.trim());
                    rowHasValue = false;
                }
                case "c" -> {
                    type = a.getValue("t");
                    text.setLength(0);
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "rPh" -> phonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline && !phonetic) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> phonetic = false;
                case "c" -> rowHasValue |= hasValue();
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private boolean hasValue() {
            String t = text.toString();
            if ("s".equals(type)) {
                if (t.isBlank()) {
                    return false;
                }
                return !strings.isBlank(Integer.parseInt(t.trim()));
            }
            return !t.isBlank();
        }

        private void endRow() {
            if (toSkip > 0) {
                toSkip--;
                return;
            }
            if (!rowHasValue) {
                return;
            }
            if (!header) {
                header = true;
                return;
            }
            count++;
            lineSum += row;
            starts.accept(row);
        }
    }
}
