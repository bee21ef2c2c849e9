package com.salesflow.opportunity.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A short list of names in one column, one per line (competitors): read with the row, searched with like. */
@Converter
class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(Arrays.stream(column.split("\n")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList());
    }
}
