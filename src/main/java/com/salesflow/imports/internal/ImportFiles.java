package com.salesflow.imports.internal;

import com.salesflow.imports.ImportRow;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Streams the data rows of an uploaded CSV (UTF-8, optional byte-order mark) or XLSX (first sheet) file, so that
 * memory stays flat however long the file is. The first row is the header.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    static int countRows(Path file, boolean xlsx) throws IOException {
        return xlsx ? (int) Math.max(0, countXlsxRows(file) - 1) : countCsvRows(file);
    }

    /**
     * Hands each data row to {@code rows}, numbered as the spreadsheet shows them (header = row 1), with headers in
     * lower case and mapped through {@code aliases}.
     */
    static void read(Path file, boolean xlsx, Map<String, String> aliases, Consumer<ImportRow> rows)
            throws IOException {
        if (xlsx) {
            readXlsx(file, aliases, rows);
        } else {
            readCsv(file, aliases, rows);
        }
    }

    private static String column(String header, Map<String, String> aliases) {
        String name = header.strip().toLowerCase(Locale.ROOT);
        return aliases.getOrDefault(name, name);
    }

    private static CSVFormat csvFormat() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
    }

    private static Reader csvReader(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static int countCsvRows(Path file) throws IOException {
        try (Reader reader = csvReader(file)) {
            int rows = 0;
            for (CSVRecord ignored : csvFormat().parse(reader)) {
                rows++;
            }
            return rows;
        }
    }

    private static void readCsv(Path file, Map<String, String> aliases, Consumer<ImportRow> rows)
            throws IOException {
        try (Reader reader = csvReader(file)) {
            int number = 1;
            for (CSVRecord record : csvFormat().parse(reader)) {
                Map<String, String> cells = new HashMap<>();
                record.toMap().forEach((header, value) -> cells.put(column(header, aliases), value));
                rows.accept(new ImportRow(++number, cells));
            }
        }
    }

    private static long countXlsxRows(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.count();
        }
    }

    private static void readXlsx(Path file, Map<String, String> aliases, Consumer<ImportRow> consumer)
            throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<String> headers = new ArrayList<>();
            int[] number = {1};
            rows.forEach(row -> {
                if (headers.isEmpty()) {
                    for (int col = 0; col < row.getCellCount(); col++) {
                        headers.add(column(row.getCellAsString(col).orElse(""), aliases));
                    }
                    return;
                }
                Map<String, String> cells = new HashMap<>();
                for (int col = 0; col < Math.min(headers.size(), row.getCellCount()); col++) {
                    cells.put(headers.get(col), row.getCellText(col));
                }
                consumer.accept(new ImportRow(++number[0], cells));
            });
        }
    }
}
