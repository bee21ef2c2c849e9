package com.salesflow.identity;

import java.util.List;

/** A sales team with its supervisor and members (logins). */
public record TeamSummary(long id, String code, String name, Long supervisorId, String supervisorUsername,
        String supervisorName, List<String> members, long version) {
}
