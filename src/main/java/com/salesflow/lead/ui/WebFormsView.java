package com.salesflow.lead.ui;

import com.salesflow.customer.Source;
import com.salesflow.identity.Roles;
import com.salesflow.lead.IssuedKey;
import com.salesflow.lead.WebFormSettings;
import com.salesflow.lead.WebFormStatus;
import com.salesflow.lead.WebFormSummary;
import com.salesflow.lead.WebForms;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.BrowserZone;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Administrators manage the web forms that may post leads from web sites (web-to-lead): create one (its key is
 * shown once, with an HTML snippet), edit, disable or enable, rotate the key, revoke it for good.
 */
@Route("admin/web-forms")
@RolesAllowed(Roles.ADMINS)
@Menu(order = 92, icon = "vaadin:globe", title = "nav.webForms")
public class WebFormsView extends VerticalLayout implements HasDynamicTitle {

    private final WebForms webForms;
    private final Grid<WebFormSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<WebFormStatus> status = new Select<>();
    private final DateTimeFormatter dateTime;

    WebFormsView(WebForms webForms) {
        this.webForms = webForms;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(BrowserZone.current());
        setId("web-forms-view");
        setSizeFull();
        Button create = new Button(getTranslation("webForms.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.setId("new-web-form");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.getStyle().set("margin-left", "auto");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("nav.webForms")), create);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("webForms.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        search.setId("web-forms-search");
        search.setPlaceholder(getTranslation("webForms.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        status.setId("web-forms-status");
        status.setLabel(getTranslation("webForms.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItems(WebFormStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("filter.any")
                : getTranslation("webFormStatus." + value.name()));
        status.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(title, intro, filters, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.webForms") + " · Salesflow";
    }

    private void configureGrid() {
        grid.setId("web-forms-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(WebFormSummary::name).setHeader(getTranslation("webForms.name")).setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("webForms.status")).setAutoWidth(true);
        grid.addColumn(form -> form.keyPrefix() + "…").setHeader(getTranslation("webForms.key")).setAutoWidth(true);
        grid.addColumn(form -> getTranslation("source." + form.source().name()))
                .setHeader(getTranslation("webForms.source")).setAutoWidth(true);
        grid.addColumn(form -> form.allowedOrigins().isEmpty() ? getTranslation("webForms.origins.none")
                : String.join(", ", form.allowedOrigins())).setHeader(getTranslation("webForms.origins"));
        grid.addColumn(form -> time(form.lastUsedAt())).setHeader(getTranslation("webForms.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(form -> form.createdBy() + ", " + time(form.createdAt()))
                .setHeader(getTranslation("webForms.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();
    }

    private HorizontalLayout actions(WebFormSummary form) {
        HorizontalLayout actions = new HorizontalLayout();
        if (form.status() == WebFormStatus.REVOKED) {
            return actions;
        }
        actions.add(action(VaadinIcon.EDIT, "action.edit", () -> openEditor(form)));
        boolean active = form.status() == WebFormStatus.ACTIVE;
        actions.add(action(active ? VaadinIcon.PAUSE : VaadinIcon.PLAY, active ? "webForms.disable" : "webForms.enable",
                () -> attempt(() -> {
                    webForms.setEnabled(form.id(), !active, form.version());
                    UiMessages.success(getTranslation(active ? "webForms.disabled" : "webForms.enabled", form.name()));
                })));
        actions.add(action(VaadinIcon.REFRESH, "webForms.rotate", () -> confirm(
                getTranslation("webForms.rotate.title", form.name()), getTranslation("webForms.rotate.text"),
                getTranslation("webForms.rotate"), () -> showKey(webForms.rotate(form.id(), form.version())))));
        Button revoke = action(VaadinIcon.BAN, "webForms.revoke", () -> confirm(
                getTranslation("webForms.revoke.title", form.name()), getTranslation("webForms.revoke.text"),
                getTranslation("webForms.revoke"), () -> {
                    webForms.revoke(form.id(), form.version());
                    UiMessages.success(getTranslation("webForms.revoked", form.name()));
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(revoke);
        return actions;
    }

    private Button action(VaadinIcon icon, String key, Runnable run) {
        Button button = new Button(icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private void confirm(String title, String text, String button, Runnable run) {
        ConfirmDialog confirm = new ConfirmDialog(title, text, button, event -> attempt(run),
                getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Runs an action on a listed web form; a stale row (someone else changed it) is reported and the list reloaded. */
    private void attempt(Runnable run) {
        try {
            run.run();
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        }
        refresh();
    }

    private Span statusBadge(WebFormSummary form) {
        Span badge = new Span(getTranslation("webFormStatus." + form.status().name()));
        badge.getElement().getThemeList().add(switch (form.status()) {
            case ACTIVE -> "badge success";
            case DISABLED -> "badge contrast";
            case REVOKED -> "badge error";
        });
        return badge;
    }

    private String time(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    private void refresh() {
        grid.setItems(webForms.list(search.getValue(), status.getValue()));
    }

    private void openEditor(WebFormSummary existing) {
        WebFormSettings settings = existing == null ? new WebFormSettings() : WebFormSettings.of(existing);
        Dialog dialog = new Dialog(getTranslation(existing == null ? "webForms.new" : "webForms.edit"));
        dialog.setId("web-form-dialog");
        dialog.setWidth("40em");
        TextField name = new TextField(getTranslation("webForms.name"));
        name.setId("web-form-name");
        name.setValue(settings.getName());
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(50);
        name.setHelperText(getTranslation("webForms.name.help"));
        ComboBox<Source> source = new ComboBox<>(getTranslation("webForms.source"));
        source.setId("web-form-source");
        source.setItems(Source.values());
        source.setItemLabelGenerator(value -> getTranslation("source." + value.name()));
        source.setValue(settings.getSource());
        source.setHelperText(getTranslation("webForms.source.help"));
        TextArea origins = new TextArea(getTranslation("webForms.origins"));
        origins.setId("web-form-origins");
        origins.setValue(String.join("\n", settings.getAllowedOrigins()));
        origins.setPlaceholder("https://www.example.com");
        origins.setHelperText(getTranslation("webForms.origins.help"));
        TextField thankYou = new TextField(getTranslation("webForms.thankYouUrl"));
        thankYou.setId("web-form-thank-you");
        thankYou.setValue(settings.getThankYouUrl());
        thankYou.setPlaceholder("https://www.example.com/thank-you");
        thankYou.setHelperText(getTranslation("webForms.thankYouUrl.help"));
        FormLayout layout = new FormLayout(name, source, origins, thankYou);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(layout);
        Button save = new Button(getTranslation(existing == null ? "webForms.create" : "action.save"), click -> {
            settings.setName(name.getValue());
            settings.setSource(source.getValue());
            settings.setAllowedOrigins(Arrays.stream(origins.getValue().split("[\\s,]+"))
                    .filter(value -> !value.isBlank()).toList());
            settings.setThankYouUrl(thankYou.getValue());
            try {
                if (existing == null) {
                    IssuedKey issued = webForms.create(settings);
                    dialog.close();
                    showKey(issued);
                } else {
                    WebFormSummary saved = webForms.update(existing.id(), settings, existing.version());
                    dialog.close();
                    UiMessages.success(getTranslation("webForms.saved", saved.name()));
                }
                refresh();
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("name", name, "source", source, "allowedOrigins", origins,
                        "thankYouUrl", thankYou), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            }
        });
        save.setId("save-web-form");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The key in plain text, this once, with what a web site needs to use it. */
    private void showKey(IssuedKey issued) {
        Dialog dialog = new Dialog(getTranslation("webForms.key.title", issued.webForm().name()));
        dialog.setId("web-form-key-dialog");
        dialog.setWidth("48em");
        dialog.setCloseOnOutsideClick(false);
        Paragraph once = new Paragraph(getTranslation("webForms.key.once"));
        once.getStyle().set("font-weight", "600");
        TextField key = new TextField(getTranslation("webForms.key"));
        key.setId("web-form-key");
        key.setValue(issued.key());
        key.setReadOnly(true);
        key.setWidthFull();
        key.setHelperText(getTranslation("webForms.key.copyHint"));
        Button copy = new Button(getTranslation("webForms.key.copy"), VaadinIcon.COPY.create(), click -> {
            // The clipboard API needs https or localhost; elsewhere the field can still be selected and copied.
            key.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.key());
            UiMessages.success(getTranslation("webForms.key.copied"));
        });
        HorizontalLayout keyRow = new HorizontalLayout(key, copy);
        keyRow.setWidthFull();
        keyRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        String endpoint = baseUrl() + "/api/public/leads";
        TextArea html = snippet(getTranslation("webForms.snippet.html"), htmlSnippet(endpoint, issued.key()));
        html.setHelperText(getTranslation("webForms.snippet.html.help"));
        TextArea curl = snippet(getTranslation("webForms.snippet.curl"), """
                curl -i %s \\
                  -H 'X-Api-Key: %s' -H 'Content-Type: application/json' \\
                  -d '{"name":"Li Ming","company":"Example Ltd.","email":"li.ming@example.com","need":"A quote"}'"""
                .formatted(endpoint, issued.key()));
        dialog.add(new VerticalLayout(once, keyRow, html, curl));
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        close.setId("close-web-form-key");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static TextArea snippet(String label, String text) {
        TextArea area = new TextArea(label);
        area.setValue(text);
        area.setReadOnly(true);
        area.setWidthFull();
        area.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)");
        return area;
    }

    private String htmlSnippet(String endpoint, String key) {
        List<String> lines = List.of(
                "<form action=\"" + endpoint + "\" method=\"post\">",
                "  <input type=\"hidden\" name=\"api_key\" value=\"" + key + "\">",
                "  <input name=\"name\" placeholder=\"" + getTranslation("lead.name") + "\">",
                "  <input name=\"company\" placeholder=\"" + getTranslation("lead.company") + "\">",
                "  <input name=\"email\" type=\"email\" placeholder=\"" + getTranslation("lead.email") + "\">",
                "  <input name=\"phone\" type=\"tel\" placeholder=\"" + getTranslation("lead.phone") + "\">",
                "  <textarea name=\"need\" placeholder=\"" + getTranslation("lead.need") + "\"></textarea>",
                "  <!-- " + getTranslation("webForms.snippet.honeypot") + " -->",
                "  <input name=\"_gotcha\" tabindex=\"-1\" autocomplete=\"off\" style=\"display:none\">",
                "  <button type=\"submit\">" + getTranslation("webForms.snippet.send") + "</button>",
                "</form>");
        return String.join("\n", lines);
    }

    /** Where this server is reached, as the administrator's browser sees it (behind a proxy: its forwarded address). */
    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }
}
