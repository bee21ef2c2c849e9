package com.salesflow.shared.ui;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/**
 * Server field errors shown on the form fields and conflicts shown as notifications, both translated by their
 * {@code error.<code>} key (the English server message where a key is missing), and other notifications.
 */
public final class UiMessages {

    private UiMessages() {
    }

    public static void showFieldErrors(InvalidInputException e, Map<String, ? extends HasValidation> fields,
            Component context) {
        for (InvalidInputException.FieldError error : e.errors()) {
            String message = errorText(context, error.code(), error.message());
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                error(message);
            }
        }
    }

    /** Shows a conflict (a claim limit, a stale version, ...) in the user's language. */
    public static void conflict(ConflictException e, Component context) {
        error(message(e, context));
    }

    /** The conflict's {@code error.<code>} text in the user's language, formatted with its arguments. */
    private static String message(ConflictException e, Component context) {
        return errorText(context, e.code(), e.getMessage(), e.args().toArray());
    }

    /**
     * The {@code error.<code>} text in the user's language, formatted with the arguments; the server's English
     * message where the bundles have no such key.
     */
    public static String errorText(Component context, String code, String english, Object... args) {
        String translated = context.getTranslation("error." + code, args);
        return translated.startsWith("!") ? english : translated;
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
