package com.salesflow.task.ui;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.BrowserZone;
import com.salesflow.shared.ui.UiMessages;
import com.salesflow.task.Tasks;
import com.salesflow.task.form.FormSchema;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/** The task's form rendered from its Camunda Form, with Complete; or shown read-only to those who may not. */
class TaskFormPanel {

    private final Tasks tasks;

    TaskFormPanel(Tasks tasks) {
        this.tasks = tasks;
    }

    Component editable(String taskId, Locale locale, Runnable onCompleted) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        RenderedForm form;
        try {
            form = render(taskId, locale);
        } catch (NotFoundException e) {
            panel.add(new Paragraph(panel.getTranslation("tasks.noForm")));
            return panel;
        }
        Button complete = new Button(panel.getTranslation("tasks.complete"), VaadinIcon.CHECK.create());
        complete.setId("task-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        complete.addClickListener(click -> {
            form.clearErrors();
            try {
                tasks.complete(taskId, form.values());
                onCompleted.run();
            } catch (InvalidInputException e) {
                form.showErrors(e);
                UiMessages.error(panel.getTranslation("form.fixFields"));
            } catch (ConflictException e) {
                UiMessages.conflict(e, panel);
                UI.getCurrent().navigate(TaskListView.class);
            } catch (NotFoundException e) {
                UiMessages.error(panel.getTranslation("tasks.notFound"));
                UI.getCurrent().navigate(TaskListView.class);
            } finally {
                complete.setEnabled(true);
            }
        });
        panel.add(form, complete);
        return panel;
    }

    Component readOnly(String taskId, Locale locale) {
        try {
            RenderedForm form = render(taskId, locale);
            form.fields().values().forEach(field -> {
                if (field instanceof HasEnabled enabled) {
                    enabled.setEnabled(false);
                }
            });
            return form;
        } catch (NotFoundException e) {
            return new Paragraph();
        }
    }

    private RenderedForm render(String taskId, Locale locale) {
        Tasks.TaskFormData data = tasks.form(taskId);
        FormSchema schema = FormSchema.parse(data.schemaJson());
        TaskFormRenderer renderer = new TaskFormRenderer(locale, BrowserZone.current(),
                VaadinService.getCurrent().getInstantiator().getI18NProvider());
        RenderedForm form = renderer.render(schema, data.values());
        form.setId("task-form");
        return form;
    }
}
