package org.issuepress.manuscript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * An Excel workbook read as a stream of cells (POI's SAX reader), never opened whole: a
 * million-row sheet took 101 s and 3 GB as a workbook and was refused only after its table
 * was written. Reading stops at the first cell past {@link TableLimits}, named by sheet and
 * cell. Values are what Excel saved (a formula's last result, shown in the cell's number
 * format); a cell showing an error, or a formula with no saved result, is named for the
 * editor to correct (the formulas Excel did not work out are left to {@link Unsaved}).
 */
final class StreamedSheets {
    /** A formula cell with no saved result: its sheet (from 0), address and formula. */
    record Unsaved(int sheet, String sheetName, String cell, String formula) {
    }

    /** @param whole false when reading stopped at a limit */
    record Read(List<SheetCells> sheets, List<Unsaved> unsaved, boolean whole) {
    }

    private final SourcePos at;
    private final Diagnostics out;
    private final List<Unsaved> unsaved = new ArrayList<>();
    private int filled;
    private long chars;

    private StreamedSheets(SourcePos at, Diagnostics out) {
        this.at = at;
        this.out = out;
    }

    /** The workbook's sheets with text, in order; an error reported for each limit passed or cell to correct. */
    static Read read(Path file, SourcePos at, Diagnostics out) throws IOException, OpenXML4JException, SAXException {
        StreamedSheets s = new StreamedSheets(at, out);
        List<SheetCells> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            int index = 0;
            boolean whole = true;
            while (it.hasNext() && whole) {
                try (InputStream sheet = it.next()) {
                    SheetCells read = s.sheet(sheet, index++, it.getSheetName(), strings, styles);
                    whole = read != null; // a limit passed: said once, the rest is not read
                    if (whole) {
                        sheets.add(read);
                    }
                }
            }
            return new Read(sheets, List.copyOf(s.unsaved), whole);
        }
    }

    /** @return null when a limit was passed */
    private SheetCells sheet(InputStream xml, int index, String name, ReadOnlySharedStringsTable strings, StylesTable styles)
            throws IOException, SAXException {
        SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();
        List<CellRangeAddress> merged = new ArrayList<>();
        Cells cells = new Cells(index, name, rows, merged);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
        cells.filter.setParent(parser);
        cells.filter.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, cells, new DataFormatter(Locale.ROOT), false));
        try {
            cells.filter.parse(new InputSource(xml));
        } catch (Stop stop) {
            return null;
        }
        return new SheetCells(name, rows, merged);
    }

    /** Thrown to end reading at the first limit passed. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * The cells as POI's handler gives them, and what it does not tell: the cell's type (an
     * error shows as "#DIV/0!"), whether a formula had a saved result, the merged ranges.
     */
    private final class Cells implements SheetContentsHandler {
        private final int index;
        private final String name;
        private final SortedMap<Integer, SortedMap<Integer, String>> rows;
        private final List<CellRangeAddress> merged;
        private String type;
        private String ref;
        private boolean valued;
        private final StringBuilder formula = new StringBuilder();
        private boolean inFormula;

        Cells(int index, String name, SortedMap<Integer, SortedMap<Integer, String>> rows, List<CellRangeAddress> merged) {
            this.index = index;
            this.name = name;
            this.rows = rows;
            this.merged = merged;
        }

        final XMLFilterImpl filter = new XMLFilterImpl() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
                switch (local) {
                    case "c" -> {
                        type = atts.getValue("t");
                        ref = atts.getValue("r");
                        valued = false;
                        formula.setLength(0);
                    }
                    case "v" -> valued = true;
                    case "f" -> inFormula = true;
                    case "mergeCell" -> {
                        String range = atts.getValue("ref");
                        if (range != null && range.matches("[A-Z]{1,3}\\d{1,7}(:[A-Z]{1,3}\\d{1,7})?")) {
                            merged.add(CellRangeAddress.valueOf(range));
                        }
                    }
                    default -> {
                    }
                }
                super.startElement(uri, local, qName, atts);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (inFormula) {
                    formula.append(ch, start, length);
                }
                super.characters(ch, start, length);
            }

            @Override
            public void endElement(String uri, String local, String qName) throws SAXException {
                super.endElement(uri, local, qName);
                if (local.equals("f")) {
                    inFormula = false;
                } else if (local.equals("c") && !formula.isEmpty() && !valued && ref != null) {
                    unsaved.add(new Unsaved(index, name, ref, formula.toString()));
                }
            }
        };

        @Override
        public void startRow(int row) {
        }

        @Override
        public void endRow(int row) {
        }

        @Override
        public void cell(String cellRef, String value, XSSFComment comment) {
            String text = value == null ? "" : value.strip();
            if (text.isEmpty() || cellRef == null) {
                return;
            }
            CellAddress a = new CellAddress(cellRef);
            if ("e".equals(type)) {
                out.report(Severity.ERROR, "import-cell-error", at, name, cellRef, text.replaceFirst("^ERROR:", ""));
                return;
            }
            if (a.getColumn() >= TableLimits.MAX_COLUMNS) {
                out.report(Severity.ERROR, "import-sheet-too-wide", at, name, cellRef, TableLimits.MAX_COLUMNS);
                throw new Stop();
            }
            if (!rows.containsKey(a.getRow()) && rows.size() >= TableLimits.MAX_ROWS) {
                out.report(Severity.ERROR, "import-sheet-too-long", at, name, cellRef, TableLimits.MAX_ROWS);
                throw new Stop();
            }
            chars += text.length();
            if (++filled > TableLimits.MAX_CELLS || chars > TableLimits.MAX_CHARS) {
                out.report(Severity.ERROR, "import-workbook-too-large", at, name, cellRef, TableLimits.MAX_CELLS,
                        TableLimits.MAX_CHARS / 1024 / 1024);
                throw new Stop();
            }
            rows.computeIfAbsent(a.getRow(), r -> new TreeMap<>()).put(a.getColumn(), text);
        }
    }
}
