package com.salesflow.task.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.task.form.FormComponent;
import com.salesflow.task.form.FormSchema;
import com.salesflow.task.form.FormValidation;
import com.salesflow.task.form.FormValues;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Task forms on the engine's side: the values a user submits, checked against the form and typed; lists stored as
 * JSON variables (as Tasklist stores them; Java serialization is off) and read back as plain lists.
 */
@Component
class TaskForms {

    private static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final FormValidation validation;
    private final ObjectMapper json;

    TaskForms(Clock clock, ObjectMapper json) {
        this.validation = new FormValidation(clock);
        this.json = json;
    }

    String formId(String schemaJson) {
        return FormSchema.parse(schemaJson).id();
    }

    /**
     * The variables a form shows: its fields' keys, the variables its pick lists take their options from
     * ({@code valuesKey}) and the names its texts fill in ({@code {{customerName}}}).
     */
    Set<String> keys(String schemaJson) {
        Set<String> keys = new java.util.HashSet<>();
        for (FormComponent field : FormSchema.parse(schemaJson).fields()) {
            keys.add(field.key());
            if (field.optionsKey() != null) {
                keys.add(field.optionsKey());
            }
        }
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(schemaJson);
        while (placeholder.find()) {
            keys.add(placeholder.group(1));
        }
        return keys;
    }

    /** The submitted values as engine variables; InvalidInputException with every refused field. */
    Map<String, Object> validate(String schemaJson, Map<String, Object> submitted, Map<String, Object> current) {
        Map<String, Object> plainCurrent = new LinkedHashMap<>();
        current.forEach((name, value) -> plainCurrent.put(name, plain(value)));
        FormValues values = validation.validate(FormSchema.parse(schemaJson), submitted, plainCurrent);
        Map<String, Object> variables = new LinkedHashMap<>(values.asMap());
        for (String key : values.listKeys()) {
            try {
                variables.put(key, SpinValues.jsonValue(json.writeValueAsString(values.get(key))).create());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write the list " + key + " as JSON", e);
            }
        }
        return variables;
    }

    /** A variable as the form and REST show it: JSON lists become lists. */
    Object plain(Object value) {
        String text = value instanceof SpinJsonNode node ? node.toString()
                : value instanceof JsonValue jsonValue ? jsonValue.getValueSerialized() : null;
        if (text == null) {
            return value;
        }
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
