package com.salesflow.task.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Camunda Form (form-js JSON, schema version 16 and near), read safely: JSON only, at most
 * {@value #MAX_BYTES} bytes, at most {@value #MAX_COMPONENTS} components and {@value #MAX_GROUP_DEPTH} nested groups.
 *
 * <h2>Two languages</h2>
 * English is the form's own text: {@code label}, {@code description}, {@code text} (and for a datetime
 * {@code dateLabel}/{@code timeLabel}). Simplified Chinese comes from the component's custom properties (the
 * "Custom properties" group of the Camunda Modeler's form editor), by the same name with {@code _zh}:
 * {@code label_zh}, {@code description_zh}, {@code text_zh} (a datetime's {@code label_zh} goes with its
 * {@code dateLabel}, or {@code timeLabel} for a time; a date-and-time's time has {@code timeLabel_zh}). An option's
 * Chinese label is the property {@code label_zh.<option value>} (e.g. {@code label_zh.approve = 批准}), or
 * {@code label_zh} in the option itself. A text without its {@code _zh} property reads the same in both languages,
 * so a label written as "Plan / 跟进计划" stays as it is.
 *
 * <h2>What a form may not use</h2>
 * Salesflow evaluates no FEEL, so a form is refused (with a message naming the component) when it has a FEEL
 * expression ({@code =...}) in a label, text or {@code readonly}, a {@code conditional} (hide) rule, a
 * {@code valuesExpression}, a group {@code path}, a key that is not a plain variable name (letters, digits,
 * underscore), two fields with one key, or a component type outside {@link ComponentType}.
 */
public final class FormSchema {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_COMPONENTS = 500;
    public static final int MAX_GROUP_DEPTH = 8;
    /** The suffix of the custom properties that hold the Chinese texts. */
    public static final String ZH_SUFFIX = "_zh";

    private final String id;
    private final Integer schemaVersion;
    private final List<FormComponent> components;
    private final List<FormComponent> fields;
    private final Map<String, FormComponent> fieldsByKey;
    private final String json;

    FormSchema(String id, Integer schemaVersion, List<FormComponent> components, String json) {
        this.id = id;
        this.schemaVersion = schemaVersion;
        this.components = List.copyOf(components);
        this.json = json;
        List<FormComponent> flat = new ArrayList<>();
        collectFields(this.components, flat);
        this.fields = List.copyOf(flat);
        Map<String, FormComponent> byKey = new LinkedHashMap<>();
        flat.forEach(field -> byKey.put(field.key(), field));
        this.fieldsByKey = Collections.unmodifiableMap(byKey);
    }

    /** Reads a form; throws {@link FormSchemaException} saying what is wrong and where. */
    public static FormSchema parse(String json) {
        if (json == null) {
            throw new FormSchemaException("The form is empty.");
        }
        if (json.length() > MAX_BYTES) {
            throw tooLarge();
        }
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    public static FormSchema parse(byte[] json) {
        if (json == null || json.length == 0) {
            throw new FormSchemaException("The form is empty.");
        }
        if (json.length > MAX_BYTES) {
            throw tooLarge();
        }
        return FormSchemaParser.parse(json);
    }

    /** Reads at most {@value #MAX_BYTES} bytes from the stream (and one more to notice a larger form). */
    public static FormSchema parse(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return parse(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormSchemaException tooLarge() {
        return new FormSchemaException("The form is larger than " + MAX_BYTES / 1024 + " KB.");
    }

    /** The form-js {@code id}, which {@code camunda:formRef} refers to; may be null. */
    public String id() {
        return id;
    }

    public Optional<Integer> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    /** The top-level components in form order. */
    public List<FormComponent> components() {
        return components;
    }

    /** Every input field (those with a key), groups flattened, in form order. */
    public List<FormComponent> fields() {
        return fields;
    }

    public Optional<FormComponent> field(String key) {
        return Optional.ofNullable(fieldsByKey.get(key));
    }

    /** The form as it was read, for clients that render it with form-js themselves. */
    public String json() {
        return json;
    }

    private static void collectFields(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            if (component.type().holdsValue()) {
                into.add(component);
            }
            collectFields(component.components(), into);
        }
    }
}
