package com.salesflow.task.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FormValidationTest {

    /** 1 March 2025, 10:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final FormValidation validation = new FormValidation(CLOCK);
    private final FormSchema form = Forms.everyField();

    private FormValues validate(Map<String, ?> submitted) {
        return validation.validate(form, submitted);
    }

    private FieldError errorOf(String key, Object value) {
        Map<String, Object> submitted = Forms.validSubmission();
        submitted.put(key, value);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> validate(submitted));
        assertThat(e).as("%s = %s is refused", key, value).isNotNull();
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).field()).isEqualTo(key);
        return e.errors().get(0);
    }

    private Object accepted(String key, Object value) {
        Map<String, Object> submitted = Forms.validSubmission();
        submitted.put(key, value);
        return validate(submitted).get(key);
    }

    @Test
    void a_valid_submission_becomes_typed_variables_in_form_order() {
        FormValues values = validate(Forms.validSubmission());

        assertThat(values.keys()).containsExactly("summary", "notes", "email", "phone", "orderNo", "quantity",
                "discount", "amount", "score", "agreed", "channels", "decision", "grade", "region", "tags",
                "visitOn", "callAt", "meetingAt", "nextStep");
        assertThat(values.get("summary")).isEqualTo("Called the buyer");
        assertThat(values.get("quantity")).isEqualTo(12L);
        assertThat(values.get("discount")).isEqualTo(12.5);
        assertThat(values.get("amount")).as("serializeToString keeps the decimals the field has")
                .isEqualTo("1234.50");
        assertThat(values.get("score")).as("a whole number without decimalDigits is a Long").isEqualTo(7L);
        assertThat(values.get("agreed")).isEqualTo(true);
        assertThat(values.get("channels")).isEqualTo(List.of("VISIT", "PHONE"));
        assertThat(values.get("visitOn")).isEqualTo("2025-03-01");
        assertThat(values.get("callAt")).isEqualTo("09:30");
        assertThat(values.get("meetingAt")).isEqualTo("2025-03-05T14:00+08:00");
        assertThat(values.listKeys()).containsExactly("channels", "tags");
    }

    @Test
    void numbers_are_longs_when_whole_and_the_field_has_no_decimals_else_doubles() {
        assertThat(accepted("quantity", "12")).isEqualTo(12L);
        assertThat(accepted("quantity", new BigDecimal("12.00"))).isEqualTo(12L);
        assertThat(accepted("score", 7.25)).isEqualTo(7.25);
        assertThat(accepted("score", "-3")).isEqualTo(-3L);
        assertThat(accepted("score", 1e3)).isEqualTo(1000L);
        assertThat(accepted("discount", 10)).as("a field with decimals stays a Double").isEqualTo(10.0);
        assertThat(accepted("amount", 99)).isEqualTo("99.00");
        assertThat(accepted("score", null)).isNull();
        assertThat(accepted("score", "")).isNull();
    }

    @Test
    void a_missing_key_is_an_empty_field_and_every_required_field_is_reported_at_once() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> validate(Map.of()));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("summary", "form.required"),
                org.assertj.core.groups.Tuple.tuple("agreed", "form.required"),
                org.assertj.core.groups.Tuple.tuple("decision", "form.required"),
                org.assertj.core.groups.Tuple.tuple("nextStep", "form.required"));
        assertThat(e.errors().get(0).message()).isEqualTo("This field is required.");
        assertThatThrownBy(() -> validation.validate(form, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void empty_optional_fields_are_null_false_or_empty_lists() {
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("summary", "Called");
        submitted.put("agreed", true);
        submitted.put("decision", "reject");
        submitted.put("nextStep", "Wait");
        submitted.put("notes", "");
        FormValues values = validate(submitted);

        assertThat(values.asMap()).containsEntry("notes", null).containsEntry("quantity", null)
                .containsEntry("grade", null).containsEntry("visitOn", null)
                .containsEntry("channels", List.of()).containsEntry("tags", List.of());
    }

    @Test
    void a_required_field_in_a_group_is_checked_like_any_other() {
        assertThat(errorOf("nextStep", "  ").code()).isEqualTo("form.required");
    }

    @Test
    void blank_text_counts_as_empty_and_text_is_kept_as_typed() {
        assertThat(errorOf("summary", " \n ").code()).isEqualTo("form.required");
        assertThat(accepted("summary", "  padded  ")).isEqualTo("  padded  ");
    }

    @Test
    void a_required_checkbox_must_be_ticked_and_a_checkbox_takes_only_booleans() {
        FieldError unticked = errorOf("agreed", false);
        assertThat(unticked.code()).isEqualTo("form.required");
        assertThat(unticked.message()).isEqualTo("Tick this box to continue.");
        assertThat(errorOf("agreed", "true").code()).isEqualTo("form.type");
    }

    @Test
    void readonly_and_disabled_fields_are_never_taken_from_the_client() {
        Map<String, Object> submitted = Forms.validSubmission();
        submitted.put("owner", "mallory");
        submitted.put("legacyCode", "hacked");

        FormValues values = validate(submitted);

        assertThat(values.asMap()).doesNotContainKeys("owner", "legacyCode");
        assertThat(validate(Forms.validSubmission()).asMap()).as("a required readonly field needs no value")
                .doesNotContainKey("owner");
    }

    @Test
    void keys_the_form_does_not_have_are_ignored() {
        Map<String, Object> submitted = Forms.validSubmission();
        submitted.put("customerName", "华东机械");
        submitted.put("approved", true);
        submitted.put("amount_override", 1);

        assertThat(validate(submitted).asMap()).doesNotContainKeys("customerName", "approved", "amount_override");
    }

    @Test
    void text_length_is_checked_against_min_and_max_length() {
        FieldError tooShort = errorOf("summary", "ab");
        assertThat(tooShort.code()).isEqualTo("form.minLength");
        assertThat(tooShort.message()).isEqualTo("Use at least 3 characters.");
        FieldError tooLong = errorOf("summary", "x".repeat(51));
        assertThat(tooLong.code()).isEqualTo("form.maxLength");
        assertThat(tooLong.message()).isEqualTo("Use at most 50 characters.");
        assertThat(accepted("summary", "x".repeat(50))).isEqualTo("x".repeat(50));
        assertThat(accepted("summary", "三个字")).isEqualTo("三个字");
        assertThat(errorOf("notes", "x".repeat(1001)).code()).isEqualTo("form.maxLength");
    }

    @Test
    void no_text_is_longer_than_the_engine_stores() {
        assertThat(accepted("nextStep", "x".repeat(4000))).isNotNull();
        FieldError error = errorOf("nextStep", "x".repeat(4001));
        assertThat(error.code()).isEqualTo("form.maxLength");
        assertThat(error.message()).isEqualTo("Use at most 4000 characters.");
    }

    @Test
    void a_pattern_is_found_in_the_text_as_form_js_tests_it() {
        assertThat(errorOf("orderNo", "SO-12").code()).isEqualTo("form.pattern");
        assertThat(errorOf("orderNo", "XSO-2025").code()).isEqualTo("form.pattern");
        FormSchema unanchored = Forms.of("{\"type\": \"textfield\", \"key\": \"code\","
                + " \"validate\": {\"pattern\": \"[0-9]{3}\"}}");
        assertThat(validation.validate(unanchored, Map.of("code", "AB-123-X")).get("code")).isEqualTo("AB-123-X");
        assertThatThrownBy(() -> validation.validate(unanchored, Map.of("code", "AB-12")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void email_and_phone_formats_are_checked_and_stripped() {
        assertThat(errorOf("email", "wang.fang@").code()).isEqualTo("form.email");
        assertThat(accepted("email", " wang@example.com ")).isEqualTo("wang@example.com");
        assertThat(errorOf("phone", "call me").code()).isEqualTo("form.phone");
        assertThat(errorOf("phone", "+()").code()).isEqualTo("form.phone");
        assertThat(accepted("phone", "13800138000")).isEqualTo("13800138000");
        assertThat(accepted("phone", "(021) 6543-2100")).isEqualTo("(021) 6543-2100");
    }

    @Test
    void numbers_are_checked_against_min_max_and_decimal_digits() {
        FieldError below = errorOf("quantity", 0);
        assertThat(below.code()).isEqualTo("form.min");
        assertThat(below.message()).isEqualTo("The value must be at least 1.");
        FieldError above = errorOf("discount", 50.01);
        assertThat(above.code()).isEqualTo("form.max");
        assertThat(above.message()).isEqualTo("The value must be at most 50.");
        assertThat(accepted("quantity", 100)).isEqualTo(100L);
        assertThat(accepted("quantity", 1)).isEqualTo(1L);
        FieldError fraction = errorOf("quantity", 2.5);
        assertThat(fraction.code()).isEqualTo("form.decimals");
        assertThat(fraction.message()).isEqualTo("Enter a whole number.");
        assertThat(errorOf("discount", "12.345").message()).isEqualTo("Use at most 2 decimal places.");
    }

    @Test
    void what_is_not_a_number_is_refused() {
        assertThat(errorOf("score", "twelve").code()).isEqualTo("form.number");
        assertThat(errorOf("score", Double.NaN).code()).isEqualTo("form.number");
        assertThat(errorOf("score", Double.POSITIVE_INFINITY).code()).isEqualTo("form.number");
        assertThat(errorOf("score", true).code()).isEqualTo("form.number");
        assertThat(errorOf("score", "1e16").code()).isEqualTo("form.number");
        assertThat(errorOf("score", "1".repeat(41)).code()).isEqualTo("form.number");
    }

    @Test
    void a_choice_must_be_one_of_the_options() {
        FieldError radio = errorOf("decision", "escalate");
        assertThat(radio.code()).isEqualTo("form.option");
        assertThat(radio.message()).isEqualTo("Choose one of the offered options.");
        assertThat(errorOf("grade", "VIP").code()).isEqualTo("form.option");
        assertThat(errorOf("region", "north").code()).isEqualTo("form.option");
        assertThat(errorOf("channels", List.of("PHONE", "FAX")).code()).isEqualTo("form.option");
        assertThat(errorOf("tags", List.of("vip", "Vip")).code()).isEqualTo("form.option");
        assertThat(errorOf("decision", List.of("approve")).code()).isEqualTo("form.type");
        assertThat(errorOf("channels", "PHONE").code()).isEqualTo("form.type");
        assertThat(errorOf("channels", List.of(1)).code()).isEqualTo("form.type");
        assertThat(accepted("channels", List.of("EMAIL", "EMAIL"))).isEqualTo(List.of("EMAIL"));
    }

    @Test
    void options_from_a_variable_are_checked_against_the_current_variables() {
        FormSchema schema = Forms.of("{\"type\": \"select\", \"key\": \"contact\", \"valuesKey\": \"contacts\"}");
        Map<String, Object> current = Map.of("contacts", List.of(Map.of("label", "Wang Fang", "value", "7")));

        assertThat(validation.validate(schema, Map.of("contact", "7"), current).get("contact")).isEqualTo("7");
        assertThatThrownBy(() -> validation.validate(schema, Map.of("contact", "8"), current))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contact");
        assertThatThrownBy(() -> validation.validate(schema, Map.of("contact", "7")))
                .as("without the variable there is nothing to choose").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void text_fields_take_only_text() {
        assertThat(errorOf("summary", 12345).code()).isEqualTo("form.type");
        assertThat(errorOf("summary", List.of("a")).code()).isEqualTo("form.type");
        assertThat(errorOf("summary", Map.of("$gt", "")).code()).isEqualTo("form.type");
    }

    @Test
    void dates_and_times_are_iso_strings_in_the_fields_serializing_format() {
        assertThat(errorOf("visitOn", "2025-02-30").code()).isEqualTo("form.date");
        assertThat(errorOf("visitOn", "01/03/2025").code()).isEqualTo("form.date");
        FieldError date = errorOf("visitOn", 20250301);
        assertThat(date.code()).isEqualTo("form.type");
        assertThat(errorOf("visitOn", "2025-03-01T10:00").message()).isEqualTo("Enter a date as YYYY-MM-DD.");

        assertThat(accepted("callAt", "17:45:00")).isEqualTo("17:45");
        assertThat(accepted("callAt", "17:45:30")).isEqualTo("17:45:30");
        assertThat(errorOf("callAt", "17:45+08:00").code()).as("no_timezone takes no offset").isEqualTo("form.date");
        assertThat(errorOf("callAt", "25:00").code()).isEqualTo("form.date");

        assertThat(errorOf("meetingAt", "2025-03-05T14:00").message())
                .isEqualTo("Enter a date and time as YYYY-MM-DDTHH:MM with its UTC offset.");
        assertThat(accepted("meetingAt", "2025-03-05T06:00:00Z")).isEqualTo("2025-03-05T06:00Z");
    }

    @Test
    void utc_normalized_times_are_stored_in_utc() {
        FormSchema schema = Forms.of("""
                {"type": "datetime", "key": "at", "subtype": "datetime", "timeSerializingFormat": "utc_normalized"},
                {"type": "datetime", "key": "time", "subtype": "time", "timeSerializingFormat": "utc_normalized"}
                """);
        FormValues values = validation.validate(schema, Map.of("at", "2025-03-05T14:00+08:00", "time", "09:30+08:00"));
        assertThat(values.get("at")).isEqualTo("2025-03-05T06:00Z");
        assertThat(values.get("time")).isEqualTo("01:30Z");
    }

    @Test
    void passed_dates_are_refused_where_the_form_disallows_them() {
        FieldError past = errorOf("visitOn", "2025-02-28");
        assertThat(past.code()).isEqualTo("form.pastDate");
        assertThat(past.message()).isEqualTo("The date cannot be in the past.");
        assertThat(accepted("visitOn", "2025-03-01")).as("today is allowed").isEqualTo("2025-03-01");
        assertThat(accepted("meetingAt", "2020-01-01T10:00+08:00")).as("this field allows them").isNotNull();
    }

    @Test
    void all_wrong_fields_are_reported_together_with_their_keys() {
        Map<String, Object> submitted = Forms.validSubmission();
        submitted.put("summary", "x");
        submitted.put("quantity", 1000);
        submitted.put("decision", "maybe");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> validate(submitted));

        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("summary", "form.minLength"),
                org.assertj.core.groups.Tuple.tuple("quantity", "form.max"),
                org.assertj.core.groups.Tuple.tuple("decision", "form.option"));
        assertThat(e.errors()).extracting(FieldError::code).allMatch(FormValidation.CODES::contains);
    }

    @Test
    void every_error_code_has_an_english_and_a_chinese_text() throws IOException {
        Properties english = bundle("translations.properties");
        Properties chinese = bundle("translations_zh_CN.properties");
        for (String code : FormValidation.CODES) {
            assertThat(english.getProperty("error." + code)).as(code).isNotBlank();
            assertThat(chinese.getProperty("error." + code)).as(code).isNotBlank();
        }
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormValidationTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
