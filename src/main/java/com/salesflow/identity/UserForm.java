package com.salesflow.identity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an administrator edits about a user. {@code password} is required for a new user and, when filled in
 * for an existing one, resets the password. {@code version} detects concurrent edits.
 */
public class UserForm {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private Set<String> roles = new LinkedHashSet<>();
    private Long teamId;
    private boolean enabled = true;
    private String password = "";
    private Long version;

    public static UserForm of(UserSummary user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email() == null ? "" : user.email();
        form.roles = new LinkedHashSet<>(user.roles());
        form.teamId = user.teamId();
        form.enabled = user.enabled();
        form.version = user.version();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
