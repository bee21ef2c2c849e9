package com.salesflow.designer.ui;

import com.salesflow.designer.ModelKind;
import com.salesflow.designer.ModelProblem;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.BrowserZone;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Words and badges of the Designer in the user's language. */
final class DesignerLabels {

    private final Component context;
    private final Locale locale;

    DesignerLabels(Component context) {
        this.context = context;
        this.locale = UI.getCurrent() == null ? Locale.getDefault() : UI.getCurrent().getLocale();
    }

    String kind(ModelKind kind) {
        return context.getTranslation("designer.kind." + kind.name());
    }

    Span kindBadge(com.salesflow.designer.ModelSummary model) {
        Span badge = new Span(kind(model.kind()));
        badge.getElement().getThemeList().add(switch (model.kind()) {
            case BPMN -> "badge";
            case DMN -> "badge success";
            case FORM -> "badge contrast";
        });
        badge.getElement().setAttribute("data-kind", model.kind().name());
        return badge;
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(BrowserZone.current()).format(instant);
    }

    /** The designer who deployed, or that the repository's file was deployed at start-up. */
    String deployedBy(String user) {
        return user == null ? context.getTranslation("designer.deployedAtStartup") : user;
    }

    /** A problem in the user's language: the {@code error.<code>} text, else the server's English message. */
    String problem(ModelProblem problem) {
        return UiMessages.errorText(context, problem.code(), problem.message());
    }

    /** The first refused field's message, for a notification. */
    String firstError(InvalidInputException e) {
        InvalidInputException.FieldError first = e.errors().get(0);
        return UiMessages.errorText(context, first.code(), first.message());
    }
}
