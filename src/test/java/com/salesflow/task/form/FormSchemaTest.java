package com.salesflow.task.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.task.form.DateTimeSettings.Subtype;
import com.salesflow.task.form.DateTimeSettings.TimeFormat;
import com.salesflow.task.form.FormRules.TextFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormSchemaTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final FormSchema form = Forms.everyField();

    @Test
    void every_supported_component_type_is_read_in_form_order() {
        assertThat(form.id()).isEqualTo("every-field");
        assertThat(form.schemaVersion()).contains(16);
        assertThat(form.components()).extracting(FormComponent::type).containsExactly(
                ComponentType.TEXT, ComponentType.TEXTFIELD, ComponentType.TEXTAREA, ComponentType.TEXTFIELD,
                ComponentType.TEXTFIELD, ComponentType.TEXTFIELD, ComponentType.NUMBER, ComponentType.NUMBER,
                ComponentType.NUMBER, ComponentType.NUMBER, ComponentType.CHECKBOX, ComponentType.CHECKLIST,
                ComponentType.RADIO, ComponentType.SELECT, ComponentType.SELECT, ComponentType.TAGLIST,
                ComponentType.DATETIME, ComponentType.DATETIME, ComponentType.DATETIME, ComponentType.GROUP,
                ComponentType.SEPARATOR, ComponentType.SPACER, ComponentType.BUTTON);
        assertThat(form.field("summary")).get().extracting(FormComponent::id).isEqualTo("summary-field");
        assertThat(form.json()).contains("\"every-field\"");
    }

    @Test
    void fields_are_the_inputs_with_groups_flattened_into_top_level_keys() {
        assertThat(form.fields()).extracting(FormComponent::key).containsExactly("summary", "notes", "email",
                "phone", "orderNo", "quantity", "discount", "amount", "score", "agreed", "channels", "decision",
                "grade", "region", "tags", "visitOn", "callAt", "meetingAt", "nextStep", "owner", "legacyCode");
        FormComponent group = form.components().get(19);
        assertThat(group.key()).isNull();
        assertThat(group.components()).extracting(FormComponent::key)
                .containsExactly("nextStep", "owner", "legacyCode");
        assertThat(form.field("owner").orElseThrow().readonly()).isTrue();
        assertThat(form.field("owner").orElseThrow().editable()).isFalse();
        assertThat(form.field("legacyCode").orElseThrow().disabled()).isTrue();
        assertThat(form.field("nextStep").orElseThrow().editable()).isTrue();
    }

    @Test
    void english_is_the_label_and_chinese_comes_from_the_zh_custom_properties() {
        FormComponent summary = form.field("summary").orElseThrow();
        assertThat(summary.label().in(EN)).isEqualTo("Summary");
        assertThat(summary.label().in(ZH)).isEqualTo("摘要");
        assertThat(summary.label().in(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo("摘要");
        assertThat(summary.label().in(Locale.GERMAN)).isEqualTo("Summary");
        assertThat(summary.description().in(EN)).isEqualTo("One line");
        assertThat(summary.description().in(ZH)).isEqualTo("一行即可");
        assertThat(summary.properties()).containsEntry("label_zh", "摘要");

        FormComponent intro = form.components().get(0);
        assertThat(intro.text().in(EN)).startsWith("Customer **{{customerName}}**");
        assertThat(intro.text().in(ZH)).startsWith("客户 **{{customerName}}**");
        assertThat(form.field("meetingAt").orElseThrow().dateTime().timeLabel().in(ZH)).isEqualTo("会议时间");
        assertThat(form.components().get(19).label().in(ZH)).isEqualTo("跟进");
    }

    @Test
    void a_label_written_in_both_languages_reads_the_same_in_both() {
        FormComponent notes = form.field("notes").orElseThrow();
        assertThat(notes.label().in(EN)).isEqualTo("Notes / 备注");
        assertThat(notes.label().in(ZH)).isEqualTo("Notes / 备注");
        assertThat(form.field("email").orElseThrow().description().isEmpty()).isTrue();
    }

    @Test
    void option_labels_are_chinese_from_label_zh_dot_value_properties_or_the_options_own_label_zh() {
        assertThat(form.field("channels").orElseThrow().options())
                .extracting(FormOption::value, option -> option.label().in(EN), option -> option.label().in(ZH))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PHONE", "Phone", "电话"),
                        org.assertj.core.groups.Tuple.tuple("EMAIL", "E-mail", "邮件"),
                        org.assertj.core.groups.Tuple.tuple("VISIT", "Visit", "拜访"));
        assertThat(form.field("grade").orElseThrow().options()).extracting(option -> option.label().in(ZH))
                .containsExactly("重点客户", "普通客户");
        assertThat(form.field("region").orElseThrow().options()).extracting(option -> option.label().in(ZH))
                .containsExactly("East", "West");
    }

    @Test
    void validate_rules_number_and_datetime_settings_and_defaults_are_read() {
        FormRules summary = form.field("summary").orElseThrow().rules();
        assertThat(summary.required()).isTrue();
        assertThat(summary.minLength()).isEqualTo(3);
        assertThat(summary.maxLength()).isEqualTo(50);
        assertThat(form.field("email").orElseThrow().rules().format()).isEqualTo(TextFormat.EMAIL);
        assertThat(form.field("phone").orElseThrow().rules().format()).isEqualTo(TextFormat.PHONE);
        assertThat(form.field("orderNo").orElseThrow().rules().pattern().pattern()).isEqualTo("^SO-[0-9]{4}$");

        FormComponent quantity = form.field("quantity").orElseThrow();
        assertThat(quantity.rules().min()).isEqualByComparingTo("1");
        assertThat(quantity.rules().max()).isEqualByComparingTo("100");
        assertThat(quantity.number()).isEqualTo(new NumberSettings(0, BigDecimal.ONE, false));
        assertThat(quantity.number().wholeNumbers()).isTrue();
        assertThat(form.field("amount").orElseThrow().number().serializeToString()).isTrue();
        assertThat(form.field("score").orElseThrow().number()).isEqualTo(NumberSettings.DEFAULT);
        assertThat(form.field("summary").orElseThrow().number()).isNull();

        DateTimeSettings visitOn = form.field("visitOn").orElseThrow().dateTime();
        assertThat(visitOn.subtype()).isEqualTo(Subtype.DATE);
        assertThat(visitOn.disallowPassedDates()).isTrue();
        assertThat(visitOn.timeFormat()).as("form-js default").isEqualTo(TimeFormat.UTC_OFFSET);
        assertThat(form.field("visitOn").orElseThrow().label().in(ZH)).isEqualTo("拜访日期");
        DateTimeSettings callAt = form.field("callAt").orElseThrow().dateTime();
        assertThat(callAt.subtype()).isEqualTo(Subtype.TIME);
        assertThat(callAt.timeFormat()).isEqualTo(TimeFormat.NO_TIMEZONE);
        assertThat(callAt.timeInterval()).isEqualTo(30);
        assertThat(callAt.use24h()).isTrue();
        assertThat(form.field("callAt").orElseThrow().label().in(EN)).as("a time's label is its timeLabel")
                .isEqualTo("Call at");
        assertThat(form.field("meetingAt").orElseThrow().label().in(EN)).isEqualTo("Meeting date");

        assertThat(form.field("grade").orElseThrow().defaultValue()).isEqualTo("ORDINARY");
        assertThat(form.field("region").orElseThrow().searchable()).isTrue();
    }

    @Test
    void default_values_take_the_type_of_their_field() {
        FormSchema defaults = Forms.of("""
                {"key": "a", "type": "textfield", "defaultValue": "x"},
                {"key": "b", "type": "number", "defaultValue": 2.5},
                {"key": "c", "type": "checkbox", "defaultValue": true},
                {"key": "d", "type": "checklist", "defaultValue": ["y"], "values": [{"label": "Y", "value": "y"}]},
                {"key": "e", "type": "datetime", "subtype": "date", "defaultValue": "2025-03-01"},
                {"key": "f", "type": "textfield", "defaultValue": ""}
                """);
        assertThat(defaults.fields()).extracting(FormComponent::defaultValue)
                .containsExactly("x", new BigDecimal("2.5"), true, List.of("y"), "2025-03-01", null);
    }

    @Test
    void the_forms_shipped_with_salesflow_parse() throws IOException {
        try (var files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
                assertThat(FormSchema.parse(Files.readAllBytes(file)).id()).as(file.toString())
                        .isEqualTo(file.getFileName().toString().replace(".form", ""));
            }
        }
        FormSchema warning = FormSchema.parse(Files.readString(Path.of("forms/pool-recycling-warning.form")));
        assertThat(warning.fields()).extracting(FormComponent::key).containsExactly("plan");
        assertThat(warning.field("plan").orElseThrow().rules().maxLength()).isEqualTo(1000);
        assertThat(Forms.resource("/forms/test-note.form").field("note").orElseThrow().required()).isTrue();
    }

    @Test
    void text_that_is_not_json_is_refused_with_where_it_broke() {
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": [")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
        assertThatThrownBy(() -> FormSchema.parse("<form/>")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": []} {}")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FormSchema.parse("{\"components\": [], \"components\": []}"))
                .isInstanceOf(FormSchemaException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> FormSchema.parse("")).isInstanceOf(FormSchemaException.class)
                .hasMessage("The form is empty.");
        assertThatThrownBy(() -> FormSchema.parse((String) null)).isInstanceOf(FormSchemaException.class);
    }

    @Test
    void json_that_is_not_a_form_is_refused() {
        assertThatThrownBy(() -> FormSchema.parse("[]")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> FormSchema.parse("{\"id\": \"x\"}")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("\"components\"");
        assertThatThrownBy(() -> FormSchema.parse("{\"id\": 5, \"components\": []}"))
                .isInstanceOf(FormSchemaException.class).hasMessageContaining("\"id\" that is not a text");
        assertThatThrownBy(() -> Forms.of("42")).hasMessageContaining("components[0] is not a component");
        assertThatThrownBy(() -> Forms.of("{\"key\": \"a\"}")).hasMessageContaining("has no \"type\"");
    }

    @Test
    void component_types_salesflow_cannot_render_are_refused_naming_the_supported_ones() {
        assertThatThrownBy(() -> Forms.of("{\"key\": \"rows\", \"type\": \"dynamiclist\", \"components\": []}"))
                .isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("components[0]")
                .hasMessageContaining("\"dynamiclist\"")
                .hasMessageContaining("textfield, textarea, number");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"html\", \"content\": \"<script>x</script>\"}"))
                .hasMessageContaining("\"html\"");
    }

    @Test
    void keys_must_be_present_plain_variable_names_and_unique() {
        assertThatThrownBy(() -> Forms.of("{\"type\": \"textfield\", \"label\": \"Name\"}"))
                .hasMessageContaining("without a \"key\"");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"textfield\", \"key\": \"customer.name\"}"))
                .hasMessageContaining("plain variable name");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"textfield\", \"key\": \"a\"},"
                + "{\"type\": \"group\", \"components\": [{\"type\": \"number\", \"key\": \"a\"}]}"))
                .hasMessageContaining("components[1].components[0]")
                .hasMessageContaining("already uses");
    }

    @Test
    void feel_conditions_expressions_and_group_paths_are_refused_as_salesflow_evaluates_no_feel() {
        assertThatThrownBy(() -> Forms.of("{\"type\": \"textfield\", \"key\": \"a\", \"label\": \"=name\"}"))
                .hasMessageContaining("FEEL expression as \"label\"");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"text\", \"text\": \"=greeting\"}"))
                .hasMessageContaining("FEEL");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"textfield\", \"key\": \"a\", \"readonly\": \"=done\"}"))
                .hasMessageContaining("readonly by a FEEL expression");
        assertThatThrownBy(() -> Forms.of(
                "{\"type\": \"textfield\", \"key\": \"a\", \"conditional\": {\"hide\": \"=b = 1\"}}"))
                .hasMessageContaining("\"conditional\"");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"select\", \"key\": \"a\", \"valuesExpression\": \"=xs\"}"))
                .hasMessageContaining("valuesExpression");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"group\", \"path\": \"address\", \"components\": []}"))
                .hasMessageContaining("\"path\"");
        assertThat(Forms.of("{\"type\": \"textfield\", \"key\": \"a\", \"conditional\": {}}").fields()).hasSize(1);
    }

    @Test
    void broken_rules_and_options_are_refused() {
        assertThatThrownBy(() -> Forms.of(
                "{\"type\": \"textfield\", \"key\": \"a\", \"validate\": {\"pattern\": \"([a-z\"}}"))
                .hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> Forms.of(
                "{\"type\": \"number\", \"key\": \"a\", \"validate\": {\"min\": 5, \"max\": 1}}"))
                .hasMessageContaining("min 5 above max 1");
        assertThatThrownBy(() -> Forms.of(
                "{\"type\": \"number\", \"key\": \"a\", \"validate\": {\"min\": \"five\"}}"))
                .hasMessageContaining("\"min\" that is not a number");
        assertThatThrownBy(() -> Forms.of(
                "{\"type\": \"textfield\", \"key\": \"a\", \"validate\": {\"maxLength\": -1}}"))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> Forms.of(
                "{\"type\": \"textfield\", \"key\": \"a\", \"validate\": {\"validationType\": \"iban\"}}"))
                .hasMessageContaining("validationType \"iban\"");
        assertThatThrownBy(() -> Forms.of(
                "{\"type\": \"textfield\", \"key\": \"a\", \"validate\": {\"required\": \"yes\"}}"))
                .hasMessageContaining("not true or false");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"radio\", \"key\": \"a\"}"))
                .hasMessageContaining("needs \"values\"");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"radio\", \"key\": \"a\", \"values\": [{\"label\": \"A\"}]}"))
                .hasMessageContaining("without a text \"value\"");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"radio\", \"key\": \"a\", \"values\": "
                + "[{\"value\": \"x\"}, {\"value\": \"x\"}]}"))
                .hasMessageContaining("option \"x\" twice");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"select\", \"key\": \"a\", \"defaultValue\": \"z\","
                + " \"values\": [{\"value\": \"x\"}]}"))
                .hasMessageContaining("not one of its options");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"checkbox\", \"key\": \"a\", \"defaultValue\": \"yes\"}"))
                .hasMessageContaining("defaultValue that does not suit a checkbox");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"datetime\", \"key\": \"a\", \"subtype\": \"week\"}"))
                .hasMessageContaining("subtype \"week\"");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"number\", \"key\": \"a\", \"decimalDigits\": 1.5}"))
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Forms.of("{\"type\": \"textfield\", \"key\": \"a\", \"properties\": {\"x\": {}}}"))
                .hasMessageContaining("custom property \"x\"");
    }

    @Test
    void an_option_without_a_label_is_labelled_by_its_value_and_dynamic_options_come_from_a_variable() {
        FormSchema schema = Forms.of("""
                {"type": "radio", "key": "a", "values": [{"value": "x"}]},
                {"type": "select", "key": "contact", "valuesKey": "contacts"}
                """);
        assertThat(schema.field("a").orElseThrow().options().get(0).label().in(Locale.ENGLISH)).isEqualTo("x");
        FormComponent contact = schema.field("contact").orElseThrow();
        assertThat(contact.optionsKey()).isEqualTo("contacts");
        assertThat(contact.optionsFor(java.util.Map.of("contacts", List.of(
                java.util.Map.of("label", "Wang Fang", "label_zh", "王芳", "value", "7"), "8", 9))))
                .extracting(FormOption::value, option -> option.label().in(ZH))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7", "王芳"),
                        org.assertj.core.groups.Tuple.tuple("8", "8"));
        assertThat(contact.optionsFor(java.util.Map.of())).isEmpty();
    }

    @Test
    void a_form_larger_than_256_kb_is_refused_before_it_is_read() {
        String padding = " ".repeat(FormSchema.MAX_BYTES);
        String large = "{\"components\": []" + padding + "}";
        assertThatThrownBy(() -> FormSchema.parse(large)).isInstanceOf(FormSchemaException.class)
                .hasMessage("The form is larger than 256 KB.");
        assertThatThrownBy(() -> FormSchema.parse(new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("The form is larger than 256 KB.");
        String chinese = "{\"components\": [], \"x\": \"" + "字".repeat(FormSchema.MAX_BYTES / 3) + "\"}";
        assertThat(chinese.length()).isLessThan(FormSchema.MAX_BYTES);
        assertThatThrownBy(() -> FormSchema.parse(chinese)).as("counted in UTF-8 bytes")
                .hasMessage("The form is larger than 256 KB.");
    }

    @Test
    void deep_nesting_and_too_many_components_are_refused() {
        String deepJson = "{\"components\": [], \"x\": " + "[".repeat(200) + "]".repeat(200) + "}";
        assertThatThrownBy(() -> FormSchema.parse(deepJson)).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("not valid JSON");
        String deepGroups = "{\"type\": \"group\", \"components\": [".repeat(10) + "]}".repeat(10);
        assertThatThrownBy(() -> Forms.of(deepGroups)).hasMessageContaining("nests groups more than 8 deep");
        String many = String.join(",", java.util.Collections.nCopies(501, "{\"type\": \"separator\"}"));
        assertThatThrownBy(() -> Forms.of(many)).hasMessageContaining("more than 500 components");
    }
}
