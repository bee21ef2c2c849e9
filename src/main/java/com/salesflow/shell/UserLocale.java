package com.salesflow.shell;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.UserSummary;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language a user chose follows them to every browser; before they choose, the browser's language decides.
 */
@Component
class UserLocale implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UserLocale(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale locale = currentUser.profile().map(UserSummary::locale).filter(tag -> !tag.isBlank())
                    .map(Locale::forLanguageTag)
                    .orElseGet(() -> SalesflowI18n.supported(uiEvent.getUI().getLocale()));
            uiEvent.getUI().setLocale(locale);
            VaadinSession session = uiEvent.getUI().getSession();
            if (session != null) {
                session.setLocale(locale);
            }
        });
    }
}
