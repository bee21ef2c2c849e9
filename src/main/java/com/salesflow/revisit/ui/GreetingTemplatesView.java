package com.salesflow.revisit.ui;

import com.salesflow.identity.Roles;
import com.salesflow.revisit.GreetingTemplates;
import com.salesflow.revisit.GreetingTemplates.GreetingTemplateView;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The texts of care greetings (客户关怀) per occasion and language, for administrators to reword. */
@Route("admin/greeting-templates")
@RolesAllowed(Roles.ADMINS)
@Menu(order = 94, icon = "vaadin:gift", title = "greeting.nav")
public class GreetingTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final GreetingTemplates templates;
    private final Grid<GreetingTemplateView> grid = new Grid<>();

    GreetingTemplatesView(GreetingTemplates templates) {
        this.templates = templates;
        setId("greeting-templates-view");
        setSizeFull();
        H2 heading = new H2(getTranslation("greeting.title"));
        heading.setId("greeting-templates-heading");
        Span hint = new Span(getTranslation("greeting.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        grid.setId("greeting-templates-grid");
        grid.addColumn(t -> getTranslation("greeting.occasion." + t.occasion()))
                .setHeader(getTranslation("greeting.field.occasion"));
        grid.addColumn(t -> getTranslation("greeting.language." + t.language()))
                .setHeader(getTranslation("greeting.field.language"));
        grid.addColumn(GreetingTemplateView::body).setHeader(getTranslation("greeting.field.body")).setFlexGrow(4);
        grid.addComponentColumn(t -> {
            Button edit = new Button(getTranslation("greeting.edit"), click -> edit(t));
            edit.setId("greeting-edit-" + t.occasion() + "-" + t.language());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        });
        add(heading, hint, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("greeting.title");
    }

    private void refresh() {
        grid.setItems(templates.list());
    }

    private void edit(GreetingTemplateView template) {
        Dialog dialog = new Dialog();
        dialog.setId("greeting-dialog");
        dialog.setHeaderTitle(getTranslation("greeting.occasion." + template.occasion()) + " · "
                + getTranslation("greeting.language." + template.language()));
        TextArea body = new TextArea(getTranslation("greeting.field.body"));
        body.setId("greeting-body");
        body.setWidth("36rem");
        body.setMaxLength(1000);
        body.setValue(template.body());
        body.setHelperText(getTranslation("greeting.hint"));
        Button save = new Button(getTranslation("greeting.save"), click -> {
            try {
                templates.update(template.id(), body.getValue(), template.version());
                dialog.close();
                refresh();
                UiMessages.success(getTranslation("greeting.saved"));
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("body", body), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
                dialog.close();
                refresh();
            }
        });
        save.setId("greeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("greeting.cancel"), click -> dialog.close());
        dialog.add(body);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
