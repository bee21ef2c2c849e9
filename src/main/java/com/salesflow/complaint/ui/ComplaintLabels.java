package com.salesflow.complaint.ui;

import com.salesflow.complaint.ComplaintStatus;
import com.salesflow.complaint.ComplaintSummary;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.ui.ValueLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How complaint values read on screen: translated enums, badges, people, and the SLA as time left or overdue. */
class ComplaintLabels extends ValueLabels {

    ComplaintLabels(Component context, Locale locale, UserDirectory directory) {
        super(context, locale, login -> directory.findByUsername(login).map(UserSummary::displayName));
    }

    Span statusBadge(ComplaintStatus status) {
        Span badge = new Span(of("complaintStatus", status));
        badge.getElement().setAttribute("theme", switch (status) {
            case REGISTERED, INVESTIGATING -> "badge";
            case REOPENED -> "badge error";
            case RESOLVED -> "badge contrast";
            case CLOSED -> "badge success";
        });
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    /** "12 h left", "Overdue by 3 h", "Within SLA" or "SLA missed", as a badge. */
    Span sla(ComplaintSummary c) {
        Span badge = new Span();
        badge.addClassName("complaint-sla");
        if (c.slaDueAt() == null) {
            return badge;
        }
        Instant now = Instant.now();
        boolean open = ComplaintStatus.OPEN.contains(c.status());
        String text;
        String theme;
        if (open && !c.slaBreached()) {
            text = context().getTranslation("complaint.sla.left", hours(Duration.between(now, c.slaDueAt())));
            theme = "badge";
        } else if (open) {
            text = context().getTranslation("complaint.sla.overdue", hours(Duration.between(c.slaDueAt(), now)));
            theme = "badge error primary";
        } else if (c.slaBreached()) {
            text = context().getTranslation("complaint.sla.missed");
            theme = "badge error";
        } else {
            text = context().getTranslation("complaint.sla.met");
            theme = "badge success";
        }
        badge.setText(text);
        badge.getElement().setAttribute("theme", theme);
        badge.getElement().setAttribute("data-breached", String.valueOf(c.slaBreached()));
        return badge;
    }

    /** Whole hours, at least 1 so that "0 h left" never shows while time remains. */
    private static long hours(Duration duration) {
        return Math.max(1, (duration.toMinutes() + 59) / 60);
    }

    String resolveTime(Long minutes) {
        if (minutes == null) {
            return "";
        }
        return minutes < 60 ? context().getTranslation("complaint.minutes", minutes)
                : context().getTranslation("complaint.hours", Math.round(minutes / 6.0) / 10.0);
    }
}
