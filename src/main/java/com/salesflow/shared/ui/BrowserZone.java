package com.salesflow.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The browser's time zone, asked for once when the main layout opens (the answer comes back asynchronously) and
 * kept in the session, so that every later view can show times as the user's clock does.
 */
public final class BrowserZone {

    private BrowserZone() {
    }

    /** Asks the browser; call when a UI opens. */
    public static void remember(UI ui) {
        VaadinSession session = ui.getSession();
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                session.setAttribute(ZoneId.class, ZoneId.of(details.getTimeZoneId()));
            } catch (DateTimeException | NullPointerException unknown) {
                // An unknown zone keeps the server's.
            }
        });
    }

    /** The browser's zone when known, else the server's. */
    public static ZoneId current() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        return zone == null ? ZoneId.systemDefault() : zone;
    }
}
