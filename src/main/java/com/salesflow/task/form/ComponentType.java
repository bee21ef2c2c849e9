package com.salesflow.task.form;

import java.util.Arrays;
import java.util.Optional;

/** The form-js component types Salesflow renders and checks; a form with any other type does not parse. */
public enum ComponentType {

    TEXTFIELD("textfield", true),
    TEXTAREA("textarea", true),
    NUMBER("number", true),
    CHECKBOX("checkbox", true),
    CHECKLIST("checklist", true),
    RADIO("radio", true),
    SELECT("select", true),
    TAGLIST("taglist", true),
    DATETIME("datetime", true),
    /** Markdown with {@code {{variable}}} placeholders; holds no value. */
    TEXT("text", false),
    /** Nests components under a heading; its children's keys are top-level keys (no {@code path}). */
    GROUP("group", false),
    SPACER("spacer", false),
    SEPARATOR("separator", false),
    /** Form-js submit/reset buttons: ignored, the task view has its own complete button. */
    BUTTON("button", false);

    private final String schemaName;
    private final boolean holdsValue;

    ComponentType(String schemaName, boolean holdsValue) {
        this.schemaName = schemaName;
        this.holdsValue = holdsValue;
    }

    /** The {@code type} as form-js writes it. */
    public String schemaName() {
        return schemaName;
    }

    /** True for the input fields: they have a {@code key} and submit a value. */
    public boolean holdsValue() {
        return holdsValue;
    }

    /** Radio, select, checklist and taglist: their values come from a list of options. */
    public boolean hasOptions() {
        return this == RADIO || this == SELECT || this == CHECKLIST || this == TAGLIST;
    }

    /** Checklist and taglist submit a list of option values. */
    public boolean isMultiple() {
        return this == CHECKLIST || this == TAGLIST;
    }

    static Optional<ComponentType> ofSchemaName(String name) {
        return Arrays.stream(values()).filter(type -> type.schemaName.equals(name)).findFirst();
    }
}
