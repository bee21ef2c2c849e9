package com.salesflow.identity.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.identity.Roles;
import com.salesflow.identity.TeamForm;
import com.salesflow.identity.TeamSummary;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserFilter;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Administrators set up sales teams: a supervisor and the salespeople they lead. */
@Route("admin/teams")
@RolesAllowed(Roles.ADMINS)
@Menu(order = 91, icon = "vaadin:group", title = "nav.teams")
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final UserDirectory directory;
    private final Grid<TeamSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    TeamsView(UserDirectory directory) {
        this.directory = directory;
        setId("teams-view");
        setSizeFull();
        Button create = new Button(getTranslation("teams.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.setId("new-team");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.getStyle().set("margin-left", "auto");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("nav.teams")), create);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        search.setPlaceholder(getTranslation("teams.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        grid.setId("teams-grid");
        grid.addColumn(TeamSummary::code).setHeader(getTranslation("teams.code")).setSortable(true).setAutoWidth(true);
        grid.addColumn(TeamSummary::name).setHeader(getTranslation("teams.name")).setSortable(true).setAutoWidth(true);
        grid.addColumn(TeamSummary::supervisorName).setHeader(getTranslation("teams.supervisor")).setSortable(true);
        grid.addColumn(team -> String.join(", ", team.members())).setHeader(getTranslation("teams.members"));
        grid.addComponentColumn(team -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(team));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("action.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(team));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            return new HorizontalLayout(edit, delete);
        }).setHeader(getTranslation("action.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        add(title, search, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(directory.teams().stream()
                .filter(team -> text.isEmpty() || team.code().contains(text)
                        || team.name().toLowerCase(Locale.ROOT).contains(text)
                        || team.members().stream().anyMatch(member -> member.contains(text)))
                .toList());
    }

    private void confirmDelete(TeamSummary team) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("teams.delete.title", team.name()),
                getTranslation("teams.delete.text"), getTranslation("action.delete"), event -> {
                    directory.deleteTeam(team.id());
                    refresh();
                }, getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openEditor(TeamSummary existing) {
        List<UserSummary> everyone = directory.findUsers(UserFilter.any(),
                PageRequest.of(0, 1000, Sort.by("displayName"))).getContent();
        Map<Long, String> names = everyone.stream()
                .collect(Collectors.toMap(UserSummary::id, user -> user.displayName() + " (" + user.username() + ")"));
        TeamForm form = existing == null ? new TeamForm()
                : TeamForm.of(existing, directory.teamMemberIds(existing.id()));

        Dialog dialog = new Dialog(getTranslation(existing == null ? "teams.new" : "teams.edit"));
        dialog.setId("team-dialog");
        TextField code = new TextField(getTranslation("teams.code"));
        code.setValue(form.getCode());
        code.setReadOnly(existing != null);
        code.setRequiredIndicatorVisible(true);
        code.setHelperText(existing == null ? getTranslation("teams.code.help") : null);
        TextField name = new TextField(getTranslation("teams.name"));
        name.setValue(form.getName());
        name.setRequiredIndicatorVisible(true);
        ComboBox<Long> supervisor = new ComboBox<>(getTranslation("teams.supervisor"));
        supervisor.setItems(everyone.stream().filter(user -> user.hasRole(Roles.SUPERVISORS)).map(UserSummary::id)
                .toList());
        supervisor.setItemLabelGenerator(names::get);
        supervisor.setValue(form.getSupervisorId());
        supervisor.setClearButtonVisible(true);
        MultiSelectComboBox<Long> members = new MultiSelectComboBox<>(getTranslation("teams.members"));
        members.setItems(everyone.stream().filter(user -> user.hasRole(Roles.SALES) || user.hasRole(Roles.SUPERVISORS))
                .map(UserSummary::id).toList());
        members.setItemLabelGenerator(names::get);
        members.setValue(form.getMemberIds());
        FormLayout layout = new FormLayout(code, name, supervisor, members);
        layout.setColspan(members, 2);
        dialog.add(layout);
        Button save = new Button(getTranslation("action.save"), click -> {
            form.setCode(code.getValue());
            form.setName(name.getValue());
            form.setSupervisorId(supervisor.getValue());
            Set<Long> memberIds = new LinkedHashSet<>(members.getValue());
            form.setMemberIds(memberIds);
            try {
                TeamSummary saved = existing == null ? directory.createTeam(form)
                        : directory.updateTeam(existing.id(), form);
                UiMessages.success(getTranslation("teams.saved", saved.name()));
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("code", code, "name", name, "supervisorId", supervisor,
                        "memberIds", members), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            }
        });
        save.setId("team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.teams") + " · Salesflow";
    }
}
