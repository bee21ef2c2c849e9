package com.salesflow.customer.web;

import com.salesflow.customer.CustomerImport;
import com.salesflow.customer.ImportJobView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

/** {@code /api/imports}: upload a CSV or XLSX file of customers, then poll the job. */
@RestController
@Tag(name = "customers")
class ImportController {

    private final CustomerImport imports;

    ImportController(CustomerImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start a customer import (multipart field 'file', .csv or .xlsx); poll the job it returns")
    ResponseEntity<ImportJobView> start(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Upload a .csv or .xlsx file.");
        }
        try (InputStream content = file.getInputStream()) {
            ImportJobView job = imports.start(file.getOriginalFilename(), content);
            return ResponseEntity.created(URI.create("/api/imports/" + job.id())).body(job);
        }
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
}
