package com.salesflow.designer.ui;

import com.salesflow.designer.ModelProblem;
import com.salesflow.identity.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Test only: the three editors with buttons that call their Java API and spans that show what the events told, for
 * {@link ModelEditorsBrowserIT}. The real designer view lives in the application.
 */
@Route("test/editors")
@RolesAllowed(Roles.ADMINS)
class EditorsTestView extends VerticalLayout {

    static final List<String> ALLOWED_BEANS = List.of("decideQuoteApprovers", "remindQuoteApprover", "notifyOwner");

    private final BpmnEditor bpmn = new BpmnEditor();
    private final BpmnEditor comparison = new BpmnEditor();
    private final DmnEditor dmn = new DmnEditor();
    private final FormEditor form = new FormEditor();
    private final Div bpmnFrame = frame("bpmn-frame", bpmn);
    private final Pre content = new Pre();
    private int changes;

    EditorsTestView() {
        setWidthFull();
        bpmn.setId("bpmn");
        comparison.setId("comparison");
        comparison.setReadOnly(true);
        dmn.setId("dmn");
        form.setId("form");
        bpmn.setAllowedBeans(ALLOWED_BEANS);

        Span bpmnImport = reportImports(bpmn, "bpmn-import");
        Span dmnImport = reportImports(dmn, "dmn-import");
        Span formImport = reportImports(form, "form-import");
        Span changed = new Span("0");
        changed.setId("bpmn-changes");
        bpmn.addChangedListener(event -> changed.setText(String.valueOf(++changes)));
        content.setId("bpmn-content");

        HorizontalLayout bpmnButtons = new HorizontalLayout(
                button("bpmn-load", () -> bpmn.setContent(resource("processes/quote-approval.bpmn"))),
                button("bpmn-load-large", () -> bpmn.setContent(LargeBpmn.generate(200))),
                button("bpmn-load-broken", () -> bpmn.setContent("<bpmn:definitions><unclosed")),
                button("bpmn-read", () -> bpmn.content().thenAccept(content::setText)),
                button("bpmn-problems", () -> bpmn.showProblems(List.of(
                        new ModelProblem("decide", "expression.bean", "Bean not allowed"),
                        new ModelProblem("approve-supervisor", "task.nobody", "Nobody may do it"),
                        new ModelProblem(null, "file.size", "Whole file")))),
                button("bpmn-problems-clear", () -> bpmn.showProblems(List.of())),
                button("bpmn-select", () -> bpmn.selectElement("decide")),
                button("bpmn-reattach", () -> {
                    bpmnFrame.remove(bpmn);
                    bpmnFrame.add(bpmn);
                }),
                bpmnImport, changed);
        bpmnButtons.setWrap(true);

        HorizontalLayout otherButtons = new HorizontalLayout(
                button("comparison-load", () -> {
                    comparison.setContent(resource("processes/quote-approval.bpmn"));
                    comparison.showChanges(Map.of("decide", BpmnEditor.CHANGED,
                            "approve-supervisor", BpmnEditor.ADDED, "quote-submitted", BpmnEditor.REMOVED));
                }),
                button("dmn-load", () -> dmn.setContent(resource("processes/quote-approval-level.dmn"))),
                button("form-load", () -> form.setContent(resource("forms/approve-quote.form"))),
                dmnImport, formImport);
        otherButtons.setWrap(true);

        add(bpmnButtons, otherButtons, bpmnFrame, frame("comparison-frame", comparison), frame("dmn-frame", dmn),
                frame("form-frame", form), content);
    }

    private static Span reportImports(ModelEditor editor, String id) {
        Span report = new Span();
        report.setId(id);
        editor.addImportedListener(event -> report.setText("elements=" + event.elementCount() + " error="
                + (event.succeeded() ? "none" : event.error()) + " ms=" + event.durationMillis()));
        return report;
    }

    private static Div frame(String id, Component editor) {
        Div frame = new Div(editor);
        frame.setId(id);
        frame.setWidthFull();
        frame.setHeight("520px");
        return frame;
    }

    private static Button button(String id, Runnable action) {
        Button button = new Button(id, click -> action.run());
        button.setId(id);
        return button;
    }

    private static String resource(String path) {
        try (InputStream in = EditorsTestView.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
