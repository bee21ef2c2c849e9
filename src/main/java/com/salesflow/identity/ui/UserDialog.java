package com.salesflow.identity.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserForm;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Map;
import java.util.function.Consumer;

/** Creates or edits a user; the server validates again and refuses an edit on a stale version. */
class UserDialog extends Dialog {

    private final UserDirectory directory;
    private final UserSummary existing;
    private final Consumer<UserSummary> onSaved;
    private final Binder<UserForm> binder = new Binder<>(UserForm.class);
    private final UserForm form;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final ComboBox<Long> team = new ComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();

    UserDialog(UserDirectory directory, UserSummary existing, Map<Long, String> teamNames,
            Consumer<UserSummary> onSaved) {
        this.directory = directory;
        this.existing = existing;
        this.onSaved = onSaved;
        this.form = existing == null ? new UserForm() : UserForm.of(existing);
        setId("user-dialog");
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("36em");

        username.setLabel(getTranslation("users.username"));
        username.setId("user-username");
        username.setRequiredIndicatorVisible(true);
        username.setReadOnly(existing != null);
        username.setHelperText(existing == null ? getTranslation("users.username.help") : null);
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(120);
        email.setLabel(getTranslation("users.email"));
        email.setId("user-email");
        email.setErrorMessage(getTranslation("error.email.format"));
        roles.setLabel(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setRequiredIndicatorVisible(true);
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        team.setLabel(getTranslation("users.team"));
        team.setId("user-team");
        team.setItems(teamNames.keySet());
        team.setItemLabelGenerator(teamNames::get);
        team.setClearButtonVisible(true);
        enabled.setLabel(getTranslation("users.enabled"));
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.password.reset"));
        password.setId("user-password");
        password.setRequiredIndicatorVisible(existing == null);
        password.setHelperText(getTranslation(existing == null ? "users.password.help" : "users.password.keep"));

        binder.forField(username).bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName).asRequired(getTranslation("error.name.required"))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(email).bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(roles).asRequired(getTranslation("error.roles.required"))
                .bind(UserForm::getRoles, UserForm::setRoles);
        binder.forField(team).bind(UserForm::getTeamId, UserForm::setTeamId);
        binder.forField(enabled).bind(UserForm::isEnabled, UserForm::setEnabled);
        binder.forField(password).bind(UserForm::getPassword, UserForm::setPassword);
        binder.readBean(form);
        password.clear();

        FormLayout layout = new FormLayout(username, displayName, email, team, roles, enabled, password);
        layout.setColspan(roles, 2);
        add(layout);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        try {
            UserSummary saved = existing == null ? directory.createUser(form) : directory.updateUser(existing.id(), form);
            UiMessages.success(getTranslation("users.saved", saved.username()));
            onSaved.accept(saved);
            close();
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, Map.of("username", username, "displayName", displayName, "email", email,
                    "roles", roles, "teamId", team, "password", password), this);
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        }
    }
}
