package com.salesflow.task.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checked, typed values of a submitted form, keyed by field key in form order, ready to become process variables.
 * It holds every editable field of the form and nothing else: readonly and disabled fields are left out, so that
 * completing the task leaves their variables as they were; an empty optional field is null, an unticked checkbox
 * false, an empty checklist or taglist an empty list.
 *
 * <p>Types: text, radio, select and datetime are Strings; checkboxes Booleans; numbers Longs when whole, Doubles
 * otherwise, or decimal Strings when the field has {@code serializeToString}; checklists and taglists
 * {@code List<String>}. Lists must be stored as JSON variables (Camunda Spin, as Tasklist stores them): the engine
 * refuses Java serialization.
 */
public final class FormValues {

    private final Map<String, Object> values;

    FormValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every value by key, in form order; null values included (they clear a variable). */
    public Map<String, Object> asMap() {
        return values;
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** The keys whose values are lists, to be stored as JSON variables. */
    public Set<String> listKeys() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        values.forEach((key, value) -> {
            if (value instanceof List<?>) {
                keys.add(key);
            }
        });
        return keys;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
