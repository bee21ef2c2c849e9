package com.salesflow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Pattern CONFLICT_CODE = Pattern.compile("new ConflictException\\(\\s*\"([^\"]+)\"");
    /** A field error's code: the second argument of {@code new FieldError(...)} or {@code InvalidInputException.of}. */
    private static final Pattern FIELD_ERROR_CODE = Pattern.compile(
            "(?:new FieldError|InvalidInputException\\.of)\\(\\s*[^,()]+,\\s*\"([^\"]+)\"");

    private final SalesflowI18n i18n = new SalesflowI18n();

    @Test
    void english_and_chinese_have_the_same_keys() {
        assertThat(load("translations_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("translations.properties").stringPropertyNames());
    }

    @Test
    void every_conflict_code_a_service_throws_has_an_english_and_a_chinese_text() throws IOException {
        Set<String> codes = new TreeSet<>(Set.of("conflict.stale"));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = CONFLICT_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).contains("pool.claimsPerDay");
        for (String code : codes) {
            assertThat(load("translations.properties").getProperty("error." + code)).as(code).isNotBlank();
            assertThat(load("translations_zh_CN.properties").getProperty("error." + code)).as(code).isNotBlank();
        }
    }

    @Test
    void every_field_error_code_a_service_throws_has_an_english_and_a_chinese_text() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = FIELD_ERROR_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).contains("lead.rejectReason", "sort.unknown");
        for (String code : codes) {
            assertThat(load("translations.properties").getProperty("error." + code)).as(code).isNotBlank();
            assertThat(load("translations_zh_CN.properties").getProperty("error." + code)).as(code).isNotBlank();
        }
    }

    @Test
    void conflict_texts_are_filled_with_their_numbers_in_both_languages() {
        assertThat(i18n.getTranslation("error.pool.claimsPerDay", Locale.SIMPLIFIED_CHINESE, 5L))
                .isEqualTo("您今天已领取 5 个客户，已达每日上限，请明天再试。");
        assertThat(i18n.getTranslation("error.pool.maxOwned", Locale.ENGLISH, 200))
                .startsWith("You own 200 customers, the limit.");
        assertThat(i18n.getTranslation("error.pool.reclaimBlocked", Locale.ENGLISH, "2025-03-01"))
                .isEqualTo("You gave this customer up recently; you may claim it again from 2025-03-01.");
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
