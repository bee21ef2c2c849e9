package com.salesflow.task.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Forms for tests: one with every component type Salesflow supports, and small ones written inline. */
public final class Forms {

    private Forms() {
    }

    /** {@code forms/every-field.form}: each type, bilingual texts, a group with readonly and disabled fields. */
    public static FormSchema everyField() {
        return resource("/forms/every-field.form");
    }

    /** A submission of every-field.form that breaks no rule. */
    public static Map<String, Object> validSubmission() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("summary", "Called the buyer");
        values.put("notes", "Wants a second quote.\n想要第二份报价。");
        values.put("email", "wang.fang@example.com");
        values.put("phone", "+86 138-0013-8000");
        values.put("orderNo", "SO-2025");
        values.put("quantity", 12);
        values.put("discount", 12.5);
        values.put("amount", "1234.5");
        values.put("score", 7.0);
        values.put("agreed", true);
        values.put("channels", List.of("VISIT", "PHONE"));
        values.put("decision", "approve");
        values.put("grade", "KEY");
        values.put("region", "east");
        values.put("tags", List.of("vip"));
        values.put("visitOn", "2025-03-01");
        values.put("callAt", "09:30");
        values.put("meetingAt", "2025-03-05T14:00+08:00");
        values.put("nextStep", "Send the quote");
        return values;
    }

    public static FormSchema resource(String path) {
        try (InputStream in = Forms.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test form " + path);
            }
            return FormSchema.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form of the given components (JSON objects separated by commas). */
    public static FormSchema of(String components) {
        return FormSchema.parse("{\"id\": \"test\", \"schemaVersion\": 16, \"components\": [" + components + "]}");
    }
}
