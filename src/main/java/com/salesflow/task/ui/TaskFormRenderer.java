package com.salesflow.task.ui;

import com.salesflow.task.form.ComponentType;
import com.salesflow.task.form.DateTimeSettings;
import com.salesflow.task.form.FormComponent;
import com.salesflow.task.form.FormDateTime;
import com.salesflow.task.form.FormOption;
import com.salesflow.task.form.FormRules;
import com.salesflow.task.form.FormSchema;
import com.salesflow.task.form.FormValidation;
import com.salesflow.task.form.NumberSettings;
import com.salesflow.task.ui.RenderedForm.Binding;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a Camunda Form with Vaadin fields in one language: textfield → TextField, textarea → TextArea, number →
 * IntegerField (whole numbers within set int bounds) or NumberField, checkbox → Checkbox, checklist →
 * CheckboxGroup, radio → RadioButtonGroup, select → Select (ComboBox when searchable), taglist →
 * MultiSelectComboBox, datetime → DatePicker, TimePicker or DateTimePicker, text → Markdown (sanitised by the
 * component; raw HTML shown as text) with {@code {{variable}}} filled from the values, group → a heading over its
 * fields. Fields get the form's labels, descriptions, defaults, required marks and limits so the browser helps the
 * user; the server checks again ({@link com.salesflow.task.form.FormValidation}).
 */
public final class TaskFormRenderer {

    /** {@code {{name}}} or {@code {{customer.name}}}, spaces allowed inside the braces. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*}}");
    /** Markdown punctuation escaped in filled-in values, so that a customer's name stays text. */
    private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!|<>&~]");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final Locale locale;
    private final ZoneId zone;
    private final I18NProvider translations;

    /** @param locale the user's language (zh-CN reads the {@code _zh} texts) and date format */
    public TaskFormRenderer(Locale locale) {
        this(locale, ZoneId.systemDefault());
    }

    /** @param zone the user's time zone, for times stored with an offset */
    public TaskFormRenderer(Locale locale, ZoneId zone) {
        this(locale, zone, null);
    }

    /**
     * @param translations the error texts ({@code error.form.*}); null for the application's, which need a running
     *                     Vaadin service
     */
    public TaskFormRenderer(Locale locale, ZoneId zone, I18NProvider translations) {
        this.locale = Objects.requireNonNull(locale);
        this.zone = Objects.requireNonNull(zone);
        this.translations = translations;
    }

    /**
     * @param values the task's current variables: field values (a missing key shows the field's default) and what
     *               text placeholders and {@code valuesKey} options read
     */
    public RenderedForm render(FormSchema schema, Map<String, ?> values) {
        Map<String, ?> current = values == null ? Map.of() : values;
        RenderedForm form = new RenderedForm(schema, locale, translations);
        FormLayout layout = form.getContent();
        responsive(layout);
        add(schema.components(), layout, form, current);
        return form;
    }

    private void add(List<FormComponent> components, FormLayout layout, RenderedForm form, Map<String, ?> values) {
        for (FormComponent component : components) {
            switch (component.type()) {
                case TEXT -> wide(layout, text(component, values));
                case GROUP -> wide(layout, group(component, form, values));
                case SPACER -> {
                    Div spacer = new Div();
                    spacer.setHeight("var(--lumo-space-l)");
                    wide(layout, spacer);
                }
                case SEPARATOR -> wide(layout, new Hr());
                case BUTTON -> {
                    // the task view has its own complete button
                }
                default -> {
                    Binding binding = field(component, values);
                    form.bind(binding);
                    if (component.type() == ComponentType.TEXTAREA || component.type() == ComponentType.CHECKLIST
                            || component.type() == ComponentType.RADIO) {
                        wide(layout, binding.field());
                    } else {
                        layout.add(binding.field());
                    }
                }
            }
        }
    }

    private Component group(FormComponent group, RenderedForm form, Map<String, ?> values) {
        Div section = new Div();
        section.addClassName("task-form-group");
        section.getElement().setAttribute("role", "group");
        String label = group.label().in(locale);
        if (label != null) {
            H4 heading = new H4(label);
            heading.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
            section.add(heading);
            section.getElement().setAttribute("aria-label", label);
        }
        FormLayout fields = new FormLayout();
        responsive(fields);
        add(group.components(), fields, form, values);
        section.add(fields);
        return section;
    }

    private Markdown text(FormComponent text, Map<String, ?> values) {
        String template = text.text().in(locale);
        Markdown markdown = new Markdown(template == null ? "" : fill(template, values));
        markdown.addClassName("task-form-text");
        return markdown;
    }

    /**
     * The Markdown with its placeholders filled: raw HTML in the form is shown as text, and values are escaped so
     * that they cannot add links, images or markup. A missing variable reads as nothing, as in form-js.
     */
    String fill(String template, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(template.replace("<", "&lt;"));
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = MARKDOWN_PUNCTUATION.matcher(display(lookup(values, matcher.group(1))))
                    .replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value.replaceAll("[\\r\\n]+", " ")));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static Object lookup(Map<String, ?> values, String path) {
        Object value = values;
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name);
        }
        return value;
    }

    private String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Date date) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                    .format(date.toInstant());
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(this::display).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?>) {
            return "";
        }
        return String.valueOf(value);
    }

    private Binding field(FormComponent component, Map<String, ?> values) {
        Object value = values.containsKey(component.key()) ? values.get(component.key()) : component.defaultValue();
        Binding binding = switch (component.type()) {
            case TEXTFIELD -> textField(component, value);
            case TEXTAREA -> textArea(component, value);
            case NUMBER -> number(component, value);
            case CHECKBOX -> checkbox(component, value);
            case CHECKLIST -> checklist(component, value, values);
            case RADIO -> radio(component, value, values);
            case SELECT -> select(component, value, values);
            case TAGLIST -> taglist(component, value, values);
            case DATETIME -> dateTime(component, value);
            default -> throw new IllegalArgumentException("Not an input: " + component.type());
        };
        InputField<?, ?> field = (InputField<?, ?>) binding.field();
        field.setLabel(component.label().in(locale));
        String description = component.description().in(locale);
        if (description != null) {
            field.setHelperText(description);
        }
        field.setRequiredIndicatorVisible(component.required());
        binding.field().setId("task-form-" + component.key());
        if (component.readonly()) {
            field.setReadOnly(true);
        }
        if (component.disabled()) {
            field.setEnabled(false);
        }
        field.setWidthFull();
        return binding;
    }

    private Binding textField(FormComponent component, Object value) {
        TextField field = new TextField();
        FormRules rules = component.rules();
        field.setMaxLength(maxLength(rules));
        if (rules.minLength() != null) {
            field.setMinLength(rules.minLength());
        }
        if (rules.pattern() != null) {
            field.setPattern(anywhere(rules.pattern().pattern()));
        }
        if (rules.format() == FormRules.TextFormat.PHONE) {
            field.setAllowedCharPattern("[0-9+()\\-\\s]");
        }
        if (value instanceof String text) {
            field.setValue(text);
        }
        return new Binding(component, field, () -> emptyToNull(field.getValue()));
    }

    private Binding textArea(FormComponent component, Object value) {
        TextArea field = new TextArea();
        FormRules rules = component.rules();
        field.setMaxLength(maxLength(rules));
        if (rules.minLength() != null) {
            field.setMinLength(rules.minLength());
        }
        if (rules.pattern() != null) {
            field.setPattern(anywhere(rules.pattern().pattern()));
        }
        field.setMinHeight("6em");
        if (value instanceof String text) {
            field.setValue(text);
        }
        return new Binding(component, field, () -> emptyToNull(field.getValue()));
    }

    private static int maxLength(FormRules rules) {
        return rules.maxLength() == null ? FormValidation.MAX_TEXT_LENGTH
                : Math.min(rules.maxLength(), FormValidation.MAX_TEXT_LENGTH);
    }

    /**
     * Form-js finds a pattern anywhere in the text ({@code RegExp.test}); the browser and Vaadin match it against
     * the whole text. Wrapped, both agree.
     */
    static String anywhere(String pattern) {
        return "[\\s\\S]*(?:" + pattern + ")[\\s\\S]*";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private Binding number(FormComponent component, Object value) {
        FormRules rules = component.rules();
        NumberSettings settings = component.number();
        BigDecimal current = decimal(value);
        if (settings.wholeNumbers() && fitsInt(rules.min()) && fitsInt(rules.max())) {
            IntegerField field = new IntegerField();
            field.setMin(rules.min().intValue());
            field.setMax(rules.max().intValue());
            field.setStepButtonsVisible(settings.increment() != null);
            if (current != null && current.stripTrailingZeros().scale() <= 0 && fitsInt(current)) {
                field.setValue(current.intValue());
            }
            return new Binding(component, field, () -> field.getValue() == null ? null : field.getValue().longValue());
        }
        NumberField field = new NumberField();
        if (rules.min() != null) {
            field.setMin(rules.min().doubleValue());
        }
        if (rules.max() != null) {
            field.setMax(rules.max().doubleValue());
        }
        if (settings.decimalDigits() != null) {
            field.setStep(BigDecimal.ONE.movePointLeft(settings.decimalDigits()).doubleValue());
        }
        field.setStepButtonsVisible(settings.increment() != null);
        if (current != null) {
            field.setValue(current.doubleValue());
        }
        Integer decimalDigits = settings.decimalDigits();
        return new Binding(component, field, () -> {
            Double number = field.getValue();
            if (number == null) {
                return null;
            }
            boolean whole = number == Math.rint(number) && Math.abs(number) < 1e15;
            return whole && (decimalDigits == null || decimalDigits == 0) ? (Object) number.longValue() : number;
        });
    }

    private static boolean fitsInt(BigDecimal number) {
        return number != null && number.compareTo(INT_MIN) >= 0 && number.compareTo(INT_MAX) <= 0;
    }

    /** A current number as the engine or REST holds it: Long, Integer, Double, BigDecimal or a decimal string. */
    private static BigDecimal decimal(Object value) {
        try {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof BigInteger) {
                return new BigDecimal(value.toString());
            }
            if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                return new BigDecimal(number.toString());
            }
            if (value instanceof String text && !text.isBlank() && text.length() <= 40) {
                return new BigDecimal(text.strip());
            }
        } catch (NumberFormatException e) {
            // not a number: the field starts empty
        }
        return null;
    }

    private Binding checkbox(FormComponent component, Object value) {
        Checkbox field = new Checkbox();
        field.setValue(Boolean.TRUE.equals(value));
        return new Binding(component, field, field::getValue);
    }

    private Binding checklist(FormComponent component, Object value, Map<String, ?> values) {
        List<FormOption> options = component.optionsFor(values);
        CheckboxGroup<String> field = new CheckboxGroup<>();
        field.setItems(optionValues(options));
        field.setItemLabelGenerator(label(options));
        field.setValue(chosen(value, options));
        return new Binding(component, field, inOrder(field::getValue, options));
    }

    private Binding taglist(FormComponent component, Object value, Map<String, ?> values) {
        List<FormOption> options = component.optionsFor(values);
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>();
        field.setItems(optionValues(options));
        field.setItemLabelGenerator(label(options));
        field.setValue(chosen(value, options));
        return new Binding(component, field, inOrder(field::getValue, options));
    }

    private Binding radio(FormComponent component, Object value, Map<String, ?> values) {
        List<FormOption> options = component.optionsFor(values);
        RadioButtonGroup<String> field = new RadioButtonGroup<>();
        field.setItems(optionValues(options));
        field.setItemLabelGenerator(label(options));
        if (value instanceof String chosen && optionValues(options).contains(chosen)) {
            field.setValue(chosen);
        }
        return new Binding(component, field, field::getValue);
    }

    private Binding select(FormComponent component, Object value, Map<String, ?> values) {
        List<FormOption> options = component.optionsFor(values);
        String chosen = value instanceof String text && optionValues(options).contains(text) ? text : null;
        if (component.searchable()) {
            ComboBox<String> field = new ComboBox<>();
            field.setItems(optionValues(options));
            field.setItemLabelGenerator(label(options));
            field.setClearButtonVisible(!component.required());
            field.setValue(chosen);
            return new Binding(component, field, field::getValue);
        }
        Select<String> field = new Select<>();
        field.setItems(optionValues(options));
        field.setEmptySelectionAllowed(!component.required());
        field.setItemLabelGenerator(label(options));
        field.setValue(chosen);
        return new Binding(component, field, field::getValue);
    }

    private static List<String> optionValues(List<FormOption> options) {
        return options.stream().map(FormOption::value).toList();
    }

    private com.vaadin.flow.component.ItemLabelGenerator<String> label(List<FormOption> options) {
        Map<String, String> labels = options.stream().collect(Collectors.toMap(FormOption::value,
                option -> Objects.requireNonNullElse(option.label().in(locale), option.value()), (a, b) -> a));
        return value -> value == null ? "" : labels.getOrDefault(value, value);
    }

    private static Set<String> chosen(Object value, List<FormOption> options) {
        if (!(value instanceof Collection<?> items)) {
            return Set.of();
        }
        List<String> allowed = optionValues(options);
        return items.stream().filter(allowed::contains).map(String.class::cast)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The chosen values in the order of the options, as form-js submits them. */
    private static Supplier<Object> inOrder(Supplier<Set<String>> chosen, List<FormOption> options) {
        return () -> {
            Set<String> values = chosen.get();
            return optionValues(options).stream().filter(values::contains).toList();
        };
    }

    private Binding dateTime(FormComponent component, Object value) {
        DateTimeSettings settings = component.dateTime();
        Temporal current = null;
        if (value instanceof String text && !text.isBlank()) {
            try {
                current = FormDateTime.toLocal(settings, text, zone);
            } catch (DateTimeException e) {
                // not in the field's format: the field starts empty
            }
        }
        Duration step = settings.timeInterval() == null ? null : Duration.ofMinutes(settings.timeInterval());
        LocalDate today = LocalDate.now(zone);
        switch (settings.subtype()) {
            case DATE -> {
                DatePicker field = new DatePicker();
                field.setLocale(locale);
                if (settings.disallowPassedDates()) {
                    field.setMin(today);
                }
                field.setValue(current instanceof LocalDate date ? date : null);
                return new Binding(component, field, () -> field.getValue() == null ? null
                        : FormDateTime.fromLocal(settings, field.getValue(), zone));
            }
            case TIME -> {
                TimePicker field = new TimePicker();
                field.setLocale(locale);
                step(() -> field.setStep(step), step);
                field.setValue(current instanceof LocalTime time ? time : null);
                return new Binding(component, field, () -> field.getValue() == null ? null
                        : FormDateTime.fromLocal(settings, field.getValue(), zone));
            }
            default -> {
                DateTimePicker field = new DateTimePicker();
                field.setLocale(locale);
                step(() -> field.setStep(step), step);
                if (settings.disallowPassedDates()) {
                    field.setMin(today.atStartOfDay());
                }
                String timeLabel = settings.timeLabel().in(locale);
                if (timeLabel != null) {
                    field.setTimePlaceholder(timeLabel);
                    field.setTimeAriaLabel(timeLabel);
                }
                field.setValue(current instanceof LocalDateTime dateTime ? dateTime : null);
                return new Binding(component, field, () -> field.getValue() == null ? null
                        : FormDateTime.fromLocal(settings, field.getValue(), zone));
            }
        }
    }

    /** Vaadin takes only steps that divide an hour or a day evenly; others keep its default. */
    private static void step(Runnable setStep, Duration step) {
        if (step == null) {
            return;
        }
        try {
            setStep.run();
        } catch (IllegalArgumentException e) {
            // keep the default step
        }
    }

    private static void wide(FormLayout layout, Component component) {
        layout.add(component);
        layout.setColspan(component, 2);
    }

    private static void responsive(FormLayout layout) {
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }
}
