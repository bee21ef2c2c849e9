package com.salesflow.imports.web;

import com.salesflow.imports.ImportJobView;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.Imports;
import com.salesflow.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/imports}: upload a CSV or XLSX file of customers (default), leads ({@code kind=leads}) or products
 * ({@code kind=products}), as a query parameter or a form field, then poll the job. One job resource for every kind,
 * so that progress and reports look the same.
 */
@RestController
@Tag(name = "imports")
class ImportController {

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start an import (multipart field 'file', .csv or .xlsx); poll the job it returns")
    ResponseEntity<ImportJobView> start(@RequestParam("file") MultipartFile file,
            @Parameter(description = "customers (default), leads or products")
            @RequestParam(defaultValue = "customers") String kind) throws IOException {
        ImportKind importKind = kind(kind);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Upload a .csv or .xlsx file.");
        }
        try (InputStream content = file.getInputStream()) {
            ImportJobView job = imports.start(importKind, file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/imports/" + job.id())).body(job);
        }
    }

    @GetMapping("/api/imports/template")
    @Operation(summary = "The header row and an example row of an import file, as CSV or XLSX")
    void template(@RequestParam(defaultValue = "customers") String kind,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        ImportKind importKind = kind(kind);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            throw InvalidInputException.of("format", "import.format", "format is csv or xlsx.");
        }
        String fileName = importKind.name().toLowerCase(Locale.ROOT) + "-template." + (xlsx ? "xlsx" : "csv");
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        imports.writeTemplate(importKind, xlsx, response.getOutputStream());
    }

    @GetMapping("/api/imports/{id}")
    @Operation(summary = "Progress of an import and its first rejected rows")
    ImportJobView job(@PathVariable long id) {
        return imports.job(id);
    }

    @GetMapping("/api/imports/{id}/rejections")
    @Operation(summary = "All rejected rows as CSV (row, field, reason)")
    void rejections(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.job(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected-rows.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.writeRejections(id, writer);
        writer.flush();
    }

    private static ImportKind kind(String kind) {
        try {
            return ImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "import.kind", "Unknown kind '" + kind + "'; allowed: "
                    + Arrays.toString(ImportKind.values()).toLowerCase(Locale.ROOT));
        }
    }
}
