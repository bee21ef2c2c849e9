package com.salesflow.task.ui;

import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.Customers;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.salesflow.task.TaskComment;
import com.salesflow.task.TaskDetails;
import com.salesflow.task.TaskStep;
import com.salesflow.task.TaskSummary;
import com.salesflow.task.Tasks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.security.access.AccessDeniedException;

/**
 * One task: its form beside the business context (customer, process, the steps so far with who and when),
 * comments, follow-up date, and claim / give back / reassign / delegate where the rules allow.
 */
@Route("tasks/:id")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Tasks tasks;
    private final Customers customers;
    private final TaskFormPanel formPanel;
    private String taskId;
    private String title = "";

    TaskView(Tasks tasks, Customers customers) {
        this.tasks = tasks;
        this.customers = customers;
        this.formPanel = new TaskFormPanel(tasks);
        setId("task-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("id").orElse("");
        try {
            show(tasks.get(taskId));
        } catch (NotFoundException e) {
            UiMessages.error(getTranslation("tasks.notFound"));
            event.forwardTo(TaskListView.class);
        }
    }

    private void show(TaskDetails details) {
        removeAll();
        TaskSummary task = details.task();
        title = task.name();
        H2 heading = new H2(task.name());
        heading.setId("task-heading");
        Button back = new Button(getTranslation("tasks.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(TaskListView.class));
        HorizontalLayout header = new HorizontalLayout(back, heading, actions(details));
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();

        boolean delegatedToMe = details.mayComplete() && task.delegatedBy() != null;
        Component form = details.mayComplete()
                ? formPanel.editable(taskId, getLocale(), () -> completed(delegatedToMe))
                : formPanel.readOnly(taskId, getLocale());
        VerticalLayout left = new VerticalLayout(form);
        left.setId("task-form-panel");
        VerticalLayout right = new VerticalLayout(context(details), steps(details), comments(details));
        right.setId("task-context");
        SplitLayout split = new SplitLayout(left, right);
        split.setSplitterPosition(60);
        split.setSizeFull();
        add(header, split);
    }

    private Component actions(TaskDetails details) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("margin-left", "auto");
        if (details.mayClaim()) {
            Button claim = new Button(getTranslation("tasks.claim"), VaadinIcon.HAND.create(),
                    click -> act(() -> tasks.claim(taskId), "tasks.claimed"));
            claim.setId("task-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(claim);
        }
        boolean delegatedToMe = details.mayComplete() && details.task().delegatedBy() != null;
        if (details.mayUnclaim()) {
            Button unclaim = new Button(delegatedToMe
                    ? getTranslation("tasks.returnTo", details.task().delegatedBy())
                    : getTranslation("tasks.unclaim"), VaadinIcon.ARROW_BACKWARD.create(),
                    click -> act(() -> tasks.unclaim(taskId), delegatedToMe ? "tasks.returned" : "tasks.unclaimed"));
            unclaim.setId("task-unclaim");
            actions.add(unclaim);
        }
        if (details.mayReassign()) {
            ComboBox<String> assignee = new ComboBox<>();
            assignee.setId("task-reassign-to");
            assignee.setPlaceholder(getTranslation("tasks.reassignTo"));
            assignee.setItems(tasks.reassignCandidates(taskId));
            Button reassign = new Button(getTranslation("tasks.reassign"), VaadinIcon.EXCHANGE.create(),
                    click -> {
                        if (assignee.getValue() != null) {
                            act(() -> tasks.reassign(taskId, assignee.getValue()), "tasks.reassigned");
                        }
                    });
            reassign.setId("task-reassign");
            actions.add(assignee, reassign);
        }
        if (details.mayDelegate()) {
            ComboBox<String> delegate = new ComboBox<>();
            delegate.setId("task-delegate-to");
            delegate.setPlaceholder(getTranslation("tasks.delegateTo"));
            delegate.setItems(tasks.delegateCandidates(taskId));
            Button delegateButton = new Button(getTranslation("tasks.delegate"), VaadinIcon.SHARE.create(),
                    click -> {
                        if (delegate.getValue() != null) {
                            act(() -> tasks.delegate(taskId, delegate.getValue()), "tasks.delegated");
                        }
                    });
            delegateButton.setId("task-delegate");
            actions.add(delegate, delegateButton);
        }
        if (details.mayComplete() || details.mayReassign()) {
            DateTimePicker followUp = new DateTimePicker(getTranslation("tasks.followUp"));
            followUp.setId("task-follow-up");
            followUp.setLocale(getLocale());
            if (details.task().followUp() != null) {
                followUp.setValue(details.task().followUp().atZone(ZoneId.systemDefault()).toLocalDateTime());
            }
            followUp.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    act(() -> tasks.setFollowUp(taskId, change.getValue() == null ? null
                            : change.getValue().atZone(ZoneId.systemDefault()).toInstant()), "tasks.followUpSet");
                }
            });
            actions.add(followUp);
        }
        return actions;
    }

    private Component context(TaskDetails details) {
        TaskSummary task = details.task();
        Div card = new Div();
        card.setId("task-customer");
        card.add(new H3(getTranslation("tasks.context")));
        card.add(line("tasks.process", task.processName() == null ? task.processDefinitionKey() : task.processName()));
        if (task.customerId() != null) {
            Anchor customer = new Anchor("customers/" + task.customerId(),
                    task.customerName() == null ? "#" + task.customerId() : task.customerName());
            customer.setId("task-customer-link");
            Paragraph line = new Paragraph(new Span(getTranslation("tasks.customer") + ": "), customer);
            card.add(line);
            customerCard(task.customerId(), card);
        }
        card.add(line("tasks.dueDate", format(task.due())));
        card.add(line("tasks.assignee", task.assignee() == null ? String.join(", ", task.candidateGroups())
                : task.assignee()));
        if (task.delegatedBy() != null) {
            Paragraph delegated = line("tasks.delegatedBy", task.delegatedBy());
            delegated.setId("task-delegated-by");
            card.add(delegated);
        }
        if (details.description() != null && !details.description().isBlank()) {
            card.add(new Paragraph(details.description()));
        }
        return card;
    }

    /** What the customer page would show first, when the user may see the customer. */
    private void customerCard(long customerId, Div card) {
        try {
            CustomerDetails customer = customers.get(customerId);
            card.add(line("customer.grade", getTranslation("grade." + customer.grade().name())));
            card.add(line("customer.phone", customer.phone()));
            card.add(line("customer.owner", customer.owner() == null ? getTranslation("customer.inPool")
                    : customer.owner()));
            if (customer.nextFollowUpAt() != null) {
                card.add(line("customer.nextFollowUpAt", customer.nextFollowUpAt().toString()));
            }
            if (customer.needs() != null) {
                card.add(line("customer.needs", customer.needs()));
            }
        } catch (NotFoundException outsideScope) {
            // The task names the customer; the profile stays with those whose scope covers it.
        }
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + ": " + (value == null ? "" : value));
    }

    private Component steps(TaskDetails details) {
        Grid<TaskStep> steps = new Grid<>();
        steps.setId("task-steps");
        steps.addColumn(TaskStep::name).setHeader(getTranslation("tasks.step"));
        steps.addColumn(step -> step.assignee() == null ? "" : step.assignee()).setHeader(getTranslation("tasks.who"));
        steps.addColumn(step -> format(step.ended() == null ? step.started() : step.ended()))
                .setHeader(getTranslation("tasks.when"));
        steps.setItems(details.steps());
        steps.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("tasks.steps")), steps);
        box.setPadding(false);
        return box;
    }

    private Component comments(TaskDetails details) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("tasks.comments")));
        box.setPadding(false);
        box.setId("task-comments");
        for (TaskComment comment : details.comments()) {
            box.add(new Paragraph(comment.author() + " · " + format(comment.time()) + ": " + comment.text()));
        }
        TextArea text = new TextArea();
        text.setId("task-comment-text");
        text.setMaxLength(2000);
        text.setWidthFull();
        Button add = new Button(getTranslation("tasks.addComment"), click -> {
            try {
                tasks.addComment(taskId, text.getValue());
                show(tasks.get(taskId));
            } catch (InvalidInputException e) {
                text.setErrorMessage(getTranslation("error.comment.length"));
                text.setInvalid(true);
            }
        });
        add.setId("task-comment-add");
        box.add(text, add);
        return box;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            UiMessages.success(getTranslation(successKey));
            show(tasks.get(taskId));
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
            reloadOrLeave();
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, java.util.Map.of(), this);
        } catch (AccessDeniedException | NotFoundException e) {
            UiMessages.error(getTranslation("tasks.notAllowed"));
            reloadOrLeave();
        }
    }

    private void completed(boolean returnedToOwner) {
        UiMessages.success(getTranslation(returnedToOwner ? "tasks.returned" : "tasks.completed"));
        UI.getCurrent().navigate(TaskListView.class);
    }

    private void reloadOrLeave() {
        try {
            show(tasks.get(taskId));
        } catch (NotFoundException gone) {
            UI.getCurrent().navigate(TaskListView.class);
        }
    }

    private String format(java.time.Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
