package com.salesflow.designer.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A Camunda form (JSON schema) in the form-js editor. {@link #showProblems} outlines the components whose id or key
 * a problem names, with the messages as tooltip.
 */
@Tag("sf-form-editor")
@NpmPackage(value = "@bpmn-io/form-js", version = "1.15.3")
// The form editor imports it without declaring it; the build fails without (STACK.md).
@NpmPackage(value = "@bpmn-io/feelers-editor", version = "1.2.0")
@JsModule("./designer/form-editor.js")
public class FormEditor extends ModelEditor {
}
