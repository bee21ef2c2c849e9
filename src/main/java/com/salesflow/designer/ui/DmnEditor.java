package com.salesflow.designer.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A DMN model in dmn-js, opened on the decision table of its first decision (not the requirements diagram).
 * {@link #showProblems} can only outline the whole editor, with the messages as its tooltip, when a problem names a
 * decision, table or rule of the file: decision tables have no overlays, so the designer view lists the problems.
 */
@Tag("sf-dmn-editor")
@NpmPackage(value = "dmn-js", version = "17.2.1")
@JsModule("./designer/dmn-editor.js")
public class DmnEditor extends ModelEditor {
}
