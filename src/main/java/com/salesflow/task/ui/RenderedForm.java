package com.salesflow.task.ui;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.salesflow.task.form.FormComponent;
import com.salesflow.task.form.FormRules;
import com.salesflow.task.form.FormSchema;
import com.salesflow.task.form.FormValidation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A Camunda Form as Vaadin fields (see {@link TaskFormRenderer}). Dumb: it shows values and the server's errors;
 * {@link FormValidation} on the server decides what is valid.
 */
public class RenderedForm extends Composite<FormLayout> {

    private final FormSchema schema;
    private final Locale locale;
    private final I18NProvider translations;
    private final Map<String, Binding> bindings = new LinkedHashMap<>();

    /** Filled by {@link TaskFormRenderer}; null translations means the application's. */
    RenderedForm(FormSchema schema, Locale locale, I18NProvider translations) {
        this.schema = schema;
        this.locale = locale;
        this.translations = translations;
        getContent().addClassName("task-form");
    }

    void bind(Binding binding) {
        bindings.put(binding.component().key(), binding);
    }

    public FormSchema schema() {
        return schema;
    }

    /** The Vaadin field of each input, by key, in form order. */
    public Map<String, Component> fields() {
        Map<String, Component> fields = new LinkedHashMap<>();
        bindings.forEach((key, binding) -> fields.put(key, binding.field()));
        return fields;
    }

    /**
     * What the user entered, keyed by field key as REST would submit it: Strings (dates and times as ISO strings),
     * Longs or Doubles, Booleans, lists of Strings, null for empty fields. Readonly and disabled fields are left
     * out; the server keeps their values anyway.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        bindings.forEach((key, binding) -> {
            if (binding.component().editable()) {
                values.put(key, binding.reader().get());
            }
        });
        return values;
    }

    /**
     * Marks the fields the server refused with its reasons in the form's language, filled with the field's limits
     * ("at most 1000 characters"). Errors of keys without a field here show as a notification; they are returned
     * too.
     */
    public List<String> showErrors(InvalidInputException e) {
        List<String> elsewhere = new ArrayList<>();
        for (InvalidInputException.FieldError error : e.errors()) {
            Binding binding = bindings.get(error.field());
            String message = message(error, binding == null ? null : binding.component());
            if (binding != null) {
                HasValidation field = (HasValidation) binding.field();
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                elsewhere.add(message);
            }
        }
        elsewhere.forEach(UiMessages::error);
        return elsewhere;
    }

    /** Takes the error marks off every field. */
    public void clearErrors() {
        bindings.values().forEach(binding -> ((HasValidation) binding.field()).setInvalid(false));
    }

    private String message(InvalidInputException.FieldError error, FormComponent component) {
        String key = "error." + error.code();
        Object[] limits = limits(error.code(), component);
        String translated = translations != null ? translations.getTranslation(key, locale, limits)
                : getTranslation(locale, key, limits);
        return translated == null || translated.startsWith("!") ? error.message() : translated;
    }

    /** The arguments of the {@code error.form.*} texts: the limit the value broke. */
    private static Object[] limits(String code, FormComponent component) {
        if (component == null) {
            return new Object[0];
        }
        FormRules rules = component.rules();
        Object limit = switch (code) {
            case FormValidation.MIN -> rules.min() == null ? null : rules.min().toPlainString();
            case FormValidation.MAX -> rules.max() == null ? null : rules.max().toPlainString();
            case FormValidation.MIN_LENGTH -> rules.minLength();
            case FormValidation.MAX_LENGTH -> rules.maxLength() == null ? FormValidation.MAX_TEXT_LENGTH
                    : Math.min(rules.maxLength(), FormValidation.MAX_TEXT_LENGTH);
            case FormValidation.DECIMALS -> component.number() == null ? null : component.number().decimalDigits();
            default -> null;
        };
        return limit == null ? new Object[0] : new Object[] {limit};
    }

    /** One input: its form component, its Vaadin field (an input field with validation) and how to read it. */
    record Binding(FormComponent component, Component field, Supplier<Object> reader) {
    }
}
