package com.salesflow.customer.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.Arrays;
import javax.sql.DataSource;

/** Prints benchmark lines and appends them to {@code target/benchmark/results.md}. */
public final class BenchmarkReport {

    private static final Path FILE = Path.of("target", "benchmark", "results.md");

    private BenchmarkReport() {
    }

    public static void line(String text) {
        System.out.println("BENCHMARK " + text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String database(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion().split(" ")[0];
        } catch (Exception e) {
            return "unknown database";
        }
    }

    /** The value below which {@code percent} % of the samples fall (nearest rank). */
    public static double percentile(double[] samples, double percent) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
