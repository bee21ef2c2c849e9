package com.salesflow.task.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shell.SalesflowI18n;
import com.salesflow.task.form.FormSchema;
import com.salesflow.task.form.FormValidation;
import com.salesflow.task.form.FormValues;
import com.salesflow.task.form.Forms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Vaadin components live without a UI, so the rendered form is tested as plain objects. */
class TaskFormRendererTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), SHANGHAI);

    private final FormSchema form = Forms.everyField();
    private final FormValidation validation = new FormValidation(CLOCK);

    private RenderedForm render(Locale locale, Map<String, ?> values) {
        return new TaskFormRenderer(locale, SHANGHAI, new SalesflowI18n()).render(form, values);
    }

    private static <T> T field(RenderedForm rendered, String key, Class<T> type) {
        return type.cast(rendered.fields().get(key));
    }

    private static String label(RenderedForm rendered, String key) {
        return ((InputField<?, ?>) rendered.fields().get(key)).getLabel();
    }

    @Test
    void each_input_type_becomes_its_vaadin_field() {
        Map<String, Component> fields = render(Locale.ENGLISH, Map.of()).fields();

        assertThat(fields.keySet()).containsExactlyElementsOf(form.fields().stream().map(f -> f.key()).toList());
        assertThat(fields.get("summary")).isInstanceOf(TextField.class);
        assertThat(fields.get("notes")).isInstanceOf(TextArea.class);
        assertThat(fields.get("email")).isInstanceOf(TextField.class);
        assertThat(fields.get("quantity")).as("whole numbers within int bounds").isInstanceOf(IntegerField.class);
        assertThat(fields.get("discount")).isInstanceOf(NumberField.class);
        assertThat(fields.get("amount")).isInstanceOf(NumberField.class);
        assertThat(fields.get("score")).isInstanceOf(NumberField.class);
        assertThat(fields.get("agreed")).isInstanceOf(Checkbox.class);
        assertThat(fields.get("channels")).isInstanceOf(CheckboxGroup.class);
        assertThat(fields.get("decision")).isInstanceOf(RadioButtonGroup.class);
        assertThat(fields.get("grade")).isInstanceOf(Select.class);
        assertThat(fields.get("region")).as("searchable select").isInstanceOf(ComboBox.class);
        assertThat(fields.get("tags")).isInstanceOf(MultiSelectComboBox.class);
        assertThat(fields.get("visitOn")).isInstanceOf(DatePicker.class);
        assertThat(fields.get("callAt")).isInstanceOf(TimePicker.class);
        assertThat(fields.get("meetingAt")).isInstanceOf(DateTimePicker.class);
        assertThat(fields.get("nextStep")).isInstanceOf(TextField.class);
        assertThat(fields.values()).allMatch(HasValidation.class::isInstance);
        assertThat(fields.get("summary").getId()).contains("task-form-summary");
    }

    @Test
    void text_groups_and_separators_are_laid_out_and_buttons_left_out() {
        RenderedForm rendered = render(Locale.ENGLISH, Map.of());
        List<Component> children = rendered.getContent().getChildren().toList();

        assertThat(children.get(0)).isInstanceOf(Markdown.class);
        Div group = children.stream().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(div -> div.hasClassName("task-form-group")).findFirst().orElseThrow();
        assertThat(group.getChildren().filter(H4.class::isInstance).map(c -> ((H4) c).getText()))
                .containsExactly("Follow-up");
        FormLayout groupFields = group.getChildren().filter(FormLayout.class::isInstance)
                .map(FormLayout.class::cast).findFirst().orElseThrow();
        assertThat(groupFields.getChildren()).containsExactly(rendered.fields().get("nextStep"),
                rendered.fields().get("owner"), rendered.fields().get("legacyCode"));
        assertThat(children).anyMatch(Hr.class::isInstance);
        assertThat(children).noneMatch(c -> c instanceof com.vaadin.flow.component.button.Button);
    }

    @Test
    void labels_descriptions_and_options_read_in_chinese_for_a_chinese_user() {
        RenderedForm rendered = render(ZH, Map.of());

        assertThat(label(rendered, "summary")).isEqualTo("摘要");
        assertThat(field(rendered, "summary", TextField.class).getHelperText()).isEqualTo("一行即可");
        assertThat(label(rendered, "notes")).isEqualTo("Notes / 备注");
        assertThat(label(rendered, "agreed")).isEqualTo("已同意条款");
        assertThat(label(rendered, "visitOn")).isEqualTo("拜访日期");
        assertThat(label(rendered, "email")).as("no Chinese given").isEqualTo("E-mail");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> decision = field(rendered, "decision", RadioButtonGroup.class);
        assertThat(decision.getItemLabelGenerator().apply("approve")).isEqualTo("批准");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> channels = field(rendered, "channels", CheckboxGroup.class);
        assertThat(channels.getItemLabelGenerator().apply("VISIT")).isEqualTo("拜访");
        @SuppressWarnings("unchecked")
        Select<String> grade = field(rendered, "grade", Select.class);
        assertThat(grade.getItemLabelGenerator().apply("KEY")).isEqualTo("重点客户");
        assertThat(field(rendered, "meetingAt", DateTimePicker.class).getTimePlaceholder()).isEqualTo("会议时间");
        assertThat(((Markdown) rendered.getContent().getChildren().findFirst().orElseThrow()).getContent())
                .startsWith("客户 **");
    }

    @Test
    void labels_and_options_read_in_english_for_everyone_else() {
        RenderedForm rendered = render(Locale.ENGLISH, Map.of());

        assertThat(label(rendered, "summary")).isEqualTo("Summary");
        assertThat(field(rendered, "summary", TextField.class).getHelperText()).isEqualTo("One line");
        assertThat(label(rendered, "callAt")).isEqualTo("Call at");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> decision = field(rendered, "decision", RadioButtonGroup.class);
        assertThat(decision.getItemLabelGenerator().apply("approve")).isEqualTo("Approve");
        assertThat(field(rendered, "meetingAt", DateTimePicker.class).getTimePlaceholder()).isEqualTo("Meeting time");
        assertThat(((Markdown) rendered.getContent().getChildren().findFirst().orElseThrow()).getContent())
                .startsWith("Customer **");
    }

    @Test
    void required_marks_and_limits_are_set_on_the_fields_for_the_browser() {
        RenderedForm rendered = render(Locale.ENGLISH, Map.of());

        assertThat(field(rendered, "summary", TextField.class).isRequiredIndicatorVisible()).isTrue();
        assertThat(field(rendered, "agreed", Checkbox.class).isRequiredIndicatorVisible()).isTrue();
        assertThat(field(rendered, "decision", RadioButtonGroup.class).isRequiredIndicatorVisible()).isTrue();
        assertThat(field(rendered, "nextStep", TextField.class).isRequiredIndicatorVisible()).isTrue();
        assertThat(field(rendered, "notes", TextArea.class).isRequiredIndicatorVisible()).isFalse();

        TextField summary = field(rendered, "summary", TextField.class);
        assertThat(summary.getMinLength()).isEqualTo(3);
        assertThat(summary.getMaxLength()).isEqualTo(50);
        assertThat(field(rendered, "notes", TextArea.class).getMaxLength()).isEqualTo(1000);
        assertThat(field(rendered, "nextStep", TextField.class).getMaxLength()).isEqualTo(4000);
        assertThat(field(rendered, "orderNo", TextField.class).getPattern())
                .isEqualTo("[\\s\\S]*(?:^SO-[0-9]{4}$)[\\s\\S]*");
        assertThat(field(rendered, "phone", TextField.class).getAllowedCharPattern()).isEqualTo("[0-9+()\\-\\s]");
        IntegerField quantity = field(rendered, "quantity", IntegerField.class);
        assertThat(quantity.getMin()).isEqualTo(1);
        assertThat(quantity.getMax()).isEqualTo(100);
        NumberField discount = field(rendered, "discount", NumberField.class);
        assertThat(discount.getMin()).isEqualTo(0.0);
        assertThat(discount.getMax()).isEqualTo(50.0);
        assertThat(discount.getStep()).isEqualTo(0.01);
        assertThat(field(rendered, "visitOn", DatePicker.class).getMin()).isEqualTo(LocalDate.now(SHANGHAI));
        assertThat(field(rendered, "callAt", TimePicker.class).getStep()).isEqualTo(Duration.ofMinutes(30));
        @SuppressWarnings("unchecked")
        Select<String> grade = field(rendered, "grade", Select.class);
        assertThat(grade.isEmptySelectionAllowed()).as("optional").isTrue();
    }

    @Test
    void the_patterns_wrapping_matches_where_form_js_finds_the_pattern() {
        String wrapped = TaskFormRenderer.anywhere("[0-9]{3}");
        assertThat("AB-123-X".matches(wrapped)).isTrue();
        assertThat("AB-12".matches(wrapped)).isFalse();
        assertThat("line one\n123".matches(wrapped)).isTrue();
    }

    @Test
    void readonly_and_disabled_fields_show_their_value_and_are_not_submitted() {
        RenderedForm rendered = render(Locale.ENGLISH, Map.of("owner", "sales1", "legacyCode", "L-7"));

        TextField owner = field(rendered, "owner", TextField.class);
        assertThat(owner.isReadOnly()).isTrue();
        assertThat(owner.getValue()).isEqualTo("sales1");
        TextField legacy = field(rendered, "legacyCode", TextField.class);
        assertThat(legacy.isEnabled()).isFalse();
        assertThat(legacy.getValue()).isEqualTo("L-7");
        assertThat(rendered.values()).doesNotContainKeys("owner", "legacyCode");
    }

    @Test
    void the_current_values_are_shown_and_read_back_as_rest_would_submit_them() {
        Map<String, Object> current = new HashMap<>(validation.validate(form, Forms.validSubmission()).asMap());
        current.put("owner", "sales1");
        RenderedForm rendered = render(ZH, current);

        assertThat(field(rendered, "quantity", IntegerField.class).getValue()).isEqualTo(12);
        assertThat(field(rendered, "amount", NumberField.class).getValue()).isEqualTo(1234.5);
        assertThat(field(rendered, "channels", CheckboxGroup.class).getValue()).isEqualTo(Set.of("VISIT", "PHONE"));
        assertThat(field(rendered, "visitOn", DatePicker.class).getValue()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(field(rendered, "callAt", TimePicker.class).getValue()).isEqualTo(LocalTime.of(9, 30));
        assertThat(field(rendered, "meetingAt", DateTimePicker.class).getValue())
                .isEqualTo(LocalDateTime.of(2025, 3, 5, 14, 0));

        Map<String, Object> submitted = rendered.values();

        assertThat(submitted).containsEntry("quantity", 12L).containsEntry("discount", 12.5)
                .containsEntry("score", 7L).containsEntry("agreed", true)
                .containsEntry("channels", List.of("PHONE", "VISIT")).containsEntry("decision", "approve")
                .containsEntry("visitOn", "2025-03-01").containsEntry("callAt", "09:30")
                .containsEntry("meetingAt", "2025-03-05T14:00+08:00").containsEntry("notes",
                        "Wants a second quote.\n想要第二份报价。");
        FormValues again = validation.validate(form, submitted);
        Map<String, Object> expected = new HashMap<>(current);
        expected.remove("owner");
        expected.put("channels", List.of("PHONE", "VISIT"));
        assertThat(again.asMap()).isEqualTo(expected);
    }

    @Test
    void a_time_with_an_offset_is_shown_in_the_users_time_zone() {
        Map<String, Object> current = Map.of("meetingAt", "2025-03-05T06:00Z");
        RenderedForm rendered = render(Locale.ENGLISH, current);

        assertThat(field(rendered, "meetingAt", DateTimePicker.class).getValue())
                .isEqualTo(LocalDateTime.of(2025, 3, 5, 14, 0));
        assertThat(rendered.values().get("meetingAt")).isEqualTo("2025-03-05T14:00+08:00");
    }

    @Test
    void a_field_without_a_value_shows_its_default_and_values_of_the_wrong_type_are_left_out() {
        RenderedForm rendered = render(Locale.ENGLISH, Map.of("quantity", "many", "visitOn", "soon", "tags",
                List.of("vip", "unknown")));

        @SuppressWarnings("unchecked")
        Select<String> grade = field(rendered, "grade", Select.class);
        assertThat(grade.getValue()).isEqualTo("ORDINARY");
        assertThat(field(rendered, "agreed", Checkbox.class).getValue()).isFalse();
        assertThat(field(rendered, "quantity", IntegerField.class).getValue()).isNull();
        assertThat(field(rendered, "visitOn", DatePicker.class).getValue()).isNull();
        assertThat(rendered.values()).containsEntry("tags", List.of("vip")).containsEntry("grade", "ORDINARY")
                .containsEntry("summary", null).containsEntry("channels", List.of());
    }

    @Test
    void text_placeholders_are_filled_from_the_values_as_plain_text() {
        Map<String, Object> values = Map.of("customerName", "<img src=x onerror=alert(1)> *Li* [x](javascript:1)",
                "amount", "1234.50");
        RenderedForm rendered = render(Locale.ENGLISH, values);
        String content = ((Markdown) rendered.getContent().getChildren().findFirst().orElseThrow()).getContent();

        assertThat(content).startsWith("Customer **\\<img src=x onerror=alert\\(1\\)\\> \\*Li\\* "
                + "\\[x\\]\\(javascript:1\\)** owes 1234\\.50 since .");
        assertThat(content.replace("\\<", "")).doesNotContain("<");

        TaskFormRenderer renderer = new TaskFormRenderer(Locale.ENGLISH, SHANGHAI);
        assertThat(renderer.fill("<script>alert(1)</script> {{ name }} {{missing}} {{customer.name}} {{#if x}}",
                Map.of("name", "Wang", "customer", Map.of("name", "华东机械"))))
                .isEqualTo("&lt;script>alert(1)&lt;/script> Wang  华东机械 {{#if x}}");
        assertThat(renderer.fill("On {{day}}: {{list}}", Map.of("day", LocalDate.of(2025, 3, 1),
                "list", List.of("a", "b")))).isEqualTo("On Mar 1, 2025: a, b");
    }

    @Test
    void server_errors_are_shown_on_their_fields_in_the_users_language_with_the_fields_limits() {
        Map<String, Object> submitted = Forms.validSubmission();
        submitted.put("summary", "x".repeat(51));
        submitted.put("quantity", 0);
        submitted.put("discount", "12.345");
        submitted.put("decision", null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> validation.validate(form, submitted));

        RenderedForm chinese = render(ZH, submitted);
        assertThat(chinese.showErrors(e)).isEmpty();
        TextField summary = field(chinese, "summary", TextField.class);
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).isEqualTo("最多 50 个字符。");
        assertThat(field(chinese, "quantity", IntegerField.class).getErrorMessage()).isEqualTo("不能小于 1。");
        assertThat(field(chinese, "discount", NumberField.class).getErrorMessage()).isEqualTo("最多保留 2 位小数。");
        assertThat(field(chinese, "decision", RadioButtonGroup.class).getErrorMessage()).isEqualTo("此项为必填项。");
        assertThat(field(chinese, "notes", TextArea.class).isInvalid()).isFalse();

        RenderedForm english = render(Locale.ENGLISH, submitted);
        english.showErrors(e);
        assertThat(field(english, "summary", TextField.class).getErrorMessage())
                .isEqualTo("Use at most 50 characters.");
        assertThat(field(english, "discount", NumberField.class).getErrorMessage())
                .isEqualTo("Use at most 2 decimal places.");

        english.clearErrors();
        assertThat(field(english, "summary", TextField.class).isInvalid()).isFalse();
    }

    @Test
    void a_whole_number_error_reads_as_such() {
        InvalidInputException e =
                InvalidInputException.of("quantity", FormValidation.DECIMALS, "Enter a whole number.");
        RenderedForm english = render(Locale.ENGLISH, Map.of());
        english.showErrors(e);
        assertThat(field(english, "quantity", IntegerField.class).getErrorMessage()).isEqualTo("Enter a whole number.");
        RenderedForm chinese = render(ZH, Map.of());
        chinese.showErrors(e);
        assertThat(field(chinese, "quantity", IntegerField.class).getErrorMessage()).isEqualTo("请输入整数。");
    }
}
