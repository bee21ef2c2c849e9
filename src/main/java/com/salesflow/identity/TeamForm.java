package com.salesflow.identity;

import java.util.LinkedHashSet;
import java.util.Set;

/** What an administrator edits about a team; {@code version} detects concurrent edits. */
public class TeamForm {

    private String code = "";
    private String name = "";
    private Long supervisorId;
    private Set<Long> memberIds = new LinkedHashSet<>();
    private Long version;

    public static TeamForm of(TeamSummary team, Set<Long> memberIds) {
        TeamForm form = new TeamForm();
        form.code = team.code();
        form.name = team.name();
        form.supervisorId = team.supervisorId();
        form.memberIds = new LinkedHashSet<>(memberIds);
        form.version = team.version();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Set<Long> memberIds) {
        this.memberIds = memberIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(memberIds);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
