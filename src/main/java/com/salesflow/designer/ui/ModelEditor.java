package com.salesflow.designer.ui;

import com.salesflow.designer.ModelProblem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the three bpmn.io editors have in common: the model travels as text (XML for BPMN and DMN, JSON for forms),
 * each import is reported with its duration and any error instead of failing, and edits are reported once per
 * burst.
 *
 * <p>The component remembers the last content (as set, or as read back after the user's last edit) and the problems
 * shown, and gives them to the browser again whenever it is attached, so that a view may detach and re-attach it.
 * Each such re-import fires another {@link ImportedEvent}.
 */
public abstract class ModelEditor extends Component implements HasSize {

    private String content;
    private List<ModelProblem> problems = List.of();

    protected ModelEditor() {
        setSizeFull();
        // Keeps the user's edits for a re-attach, which creates a new editor in the browser.
        addChangedListener(changed -> content().thenAccept(current -> content = current));
    }

    /** Shows the model; problems and markers shown for the previous one are forgotten. */
    public void setContent(String text) {
        content = text;
        problems = List.of();
        onContentReplaced();
        if (isAttached()) {
            getElement().callJsFunction("importContent", text);
        }
    }

    /** The model as the user left it: formatted XML, or the form's JSON. */
    public CompletableFuture<String> content() {
        return getElement().callJsFunction("content").toCompletableFuture(String.class);
    }

    /**
     * Marks the elements that the problems name; problems without an element, or naming one the model lacks, are
     * left to the caller's own list. An empty list clears the marks.
     */
    public void showProblems(List<ModelProblem> problems) {
        this.problems = List.copyOf(problems);
        if (isAttached()) {
            getElement().callJsFunction("showProblems", toJson(this.problems));
        }
    }

    public Registration addImportedListener(ComponentEventListener<ImportedEvent> listener) {
        return addListener(ImportedEvent.class, listener);
    }

    public Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        beforeContentReplayed();
        if (content != null) {
            getElement().callJsFunction("importContent", content);
            if (!problems.isEmpty()) {
                getElement().callJsFunction("showProblems", toJson(problems));
            }
            afterContentReplayed();
        }
    }

    /** For state that belongs to one model (markers of a comparison); called when another model is set. */
    protected void onContentReplaced() {
    }

    /** For settings the browser's editor needs before any content, given again on each attach. */
    protected void beforeContentReplayed() {
    }

    /** For state shown on top of the content, given again on each attach. */
    protected void afterContentReplayed() {
    }


    private static JsonArray toJson(List<ModelProblem> problems) {
        JsonArray array = Json.createArray();
        for (ModelProblem problem : problems) {
            JsonObject json = Json.createObject();
            if (problem.elementId() != null) {
                json.put("elementId", problem.elementId());
            }
            json.put("code", problem.code() == null ? "" : problem.code());
            json.put("message", problem.message() == null ? "" : problem.message());
            array.set(array.length(), json);
        }
        return array;
    }

    /**
     * An import finished: {@code durationMillis} from the start of the import to the first paint, {@code
     * elementCount} shapes and connections (BPMN), rules (DMN) or form components, the importer's warnings, and the
     * error that stopped it (null when it succeeded; the editor then shows nothing).
     */
    @DomEvent("sf-imported")
    public static class ImportedEvent extends ComponentEvent<ModelEditor> {

        private final long durationMillis;
        private final int elementCount;
        private final List<String> warnings;
        private final String error;

        public ImportedEvent(ModelEditor source, boolean fromClient,
                @EventData("event.detail.durationMillis") double durationMillis,
                @EventData("event.detail.elementCount") int elementCount,
                @EventData("event.detail.warnings") JsonArray warnings,
                @EventData("event.detail.error") String error) {
            super(source, fromClient);
            this.durationMillis = Math.round(durationMillis);
            this.elementCount = elementCount;
            List<String> texts = new ArrayList<>();
            for (int i = 0; warnings != null && i < warnings.length(); i++) {
                texts.add(warnings.get(i).asString());
            }
            this.warnings = List.copyOf(texts);
            this.error = error;
        }

        public long durationMillis() {
            return durationMillis;
        }

        public int elementCount() {
            return elementCount;
        }

        public List<String> warnings() {
            return warnings;
        }

        /** Why the import failed, or null. */
        public String error() {
            return error;
        }

        public boolean succeeded() {
            return error == null;
        }
    }

    /** The user edited the model; sent about 300 ms after the last edit of a burst. */
    @DomEvent("sf-changed")
    public static class ChangedEvent extends ComponentEvent<ModelEditor> {

        public ChangedEvent(ModelEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
