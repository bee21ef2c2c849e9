package com.salesflow.task.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One component of a form as {@link FormSchema#parse} read it.
 *
 * @param id           the component's form-js id (may be null)
 * @param key          the process variable an input field reads and writes; null for text, group and layout
 * @param label        the field's label (for a datetime: its {@code dateLabel}, or {@code timeLabel} for a time)
 * @param defaultValue what the field shows when the process has no value yet: String, Boolean, BigDecimal or a
 *                     list of Strings, as the field type needs
 * @param options      static options of radio, select, checklist and taglist ({@code values})
 * @param optionsKey   form-js {@code valuesKey}: the process variable that holds the options instead (a list of
 *                     {@code {label, value}} objects or of strings)
 * @param readonly     shown but never taken from a submission
 * @param disabled     shown greyed out and never taken from a submission
 * @param properties   form-js custom properties, including the Chinese texts ({@code label_zh}, ...)
 * @param components   the children of a group; empty otherwise
 * @param text         the Markdown of a text component
 * @param number       number settings of a number field; null for other types
 * @param dateTime     date and time settings of a datetime field; null for other types
 * @param searchable   a select that lets the user type to filter
 */
public record FormComponent(String id, String key, ComponentType type, LocalizedText label,
        LocalizedText description, Object defaultValue, FormRules rules, List<FormOption> options, String optionsKey,
        boolean readonly, boolean disabled, Map<String, String> properties, List<FormComponent> components,
        LocalizedText text, NumberSettings number, DateTimeSettings dateTime, boolean searchable) {

    public FormComponent {
        options = List.copyOf(options);
        properties = Map.copyOf(properties);
        components = List.copyOf(components);
    }

    /** Readonly and disabled fields show the process's value and are never taken from the user. */
    public boolean editable() {
        return !readonly && !disabled;
    }

    public boolean required() {
        return rules.required();
    }

    /**
     * The options to offer and accept: the static ones, or those the process variable {@link #optionsKey()} holds
     * in {@code variables} (entries that are not {@code {label, value}} objects or strings are skipped).
     */
    public List<FormOption> optionsFor(Map<String, ?> variables) {
        if (optionsKey == null) {
            return options;
        }
        Object list = variables == null ? null : variables.get(optionsKey);
        if (!(list instanceof Collection<?> entries)) {
            return List.of();
        }
        List<FormOption> dynamic = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof String value) {
                dynamic.add(new FormOption(value, LocalizedText.of(value, null)));
            } else if (entry instanceof Map<?, ?> map && map.get("value") instanceof String value) {
                Object en = map.get("label");
                Object zh = map.get("label" + FormSchema.ZH_SUFFIX);
                String english = en instanceof String text ? text : value;
                String chinese = zh instanceof String text ? text : null;
                dynamic.add(new FormOption(value, LocalizedText.of(english, chinese)));
            }
        }
        return dynamic;
    }
}
