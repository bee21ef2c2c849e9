package com.salesflow.designer.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A BPMN model in bpmn-js with the Camunda 7 properties panel, or read-only (for comparing versions side by side).
 * Problems are shown as a red outline with a badge whose tooltip holds the messages; differences as green (added),
 * orange (changed) and red dashed (removed) outlines. Keyboard shortcuts act only while the canvas has the focus.
 */
@Tag("sf-bpmn-editor")
@NpmPackage(value = "bpmn-js", version = "18.6.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.35.0")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.26.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "7.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.7.2")
@JsModule("./designer/bpmn-editor.js")
public class BpmnEditor extends ModelEditor {

    /** Change kinds that {@link #showChanges(Map)} marks. */
    public static final String ADDED = "added";
    public static final String CHANGED = "changed";
    public static final String REMOVED = "removed";

    private List<String> allowedBeans = List.of();
    private Map<String, String> changes = Map.of();

    /**
     * A viewer without properties panel or editing. The browser's editor is made when the component is first shown,
     * so this must be decided before.
     */
    public void setReadOnly(boolean readOnly) {
        if (isAttached()) {
            throw new IllegalStateException("Read-only must be set before the editor is shown");
        }
        getElement().setAttribute("read-only", readOnly);
    }

    public boolean isReadOnly() {
        return getElement().hasAttribute("read-only");
    }

    /**
     * Marks elements by the kind of their difference ({@link #ADDED}, {@link #CHANGED}, {@link #REMOVED}); replaces
     * the previous marks, an empty map clears them. Ids the model lacks are skipped.
     */
    public void showChanges(Map<String, String> elementIdToKind) {
        changes = Map.copyOf(elementIdToKind);
        if (isAttached()) {
            getElement().callJsFunction("showChanges", toJson(changes));
        }
    }

    /** Selects the element and scrolls the canvas to it; an unknown id does nothing. */
    public void selectElement(String elementId) {
        getElement().callJsFunction("selectElement", elementId);
    }

    /**
     * The beans that service, send and business rule tasks and listeners may call: the properties panel offers them
     * in its "Delegate (allowed beans)" group and writes {@code camunda:delegateExpression="${name}"}.
     */
    public void setAllowedBeans(List<String> beanNames) {
        allowedBeans = List.copyOf(beanNames);
        if (isAttached()) {
            getElement().callJsFunction("setAllowedBeans", toJson(allowedBeans));
        }
    }

    @Override
    protected void onContentReplaced() {
        changes = Map.of();
    }

    @Override
    protected void beforeContentReplayed() {
        if (!allowedBeans.isEmpty()) {
            getElement().callJsFunction("setAllowedBeans", toJson(allowedBeans));
        }
    }

    @Override
    protected void afterContentReplayed() {
        if (!changes.isEmpty()) {
            getElement().callJsFunction("showChanges", toJson(changes));
        }
    }

    private static JsonArray toJson(List<String> names) {
        JsonArray array = Json.createArray();
        names.forEach(name -> array.set(array.length(), name));
        return array;
    }

    private static JsonObject toJson(Map<String, String> kinds) {
        JsonObject json = Json.createObject();
        kinds.forEach(json::put);
        return json;
    }
}
