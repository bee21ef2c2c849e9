package com.salesflow.identity;

import java.time.Instant;
import java.util.Set;

/** A user as lists and other features see it; never carries the password. */
public record UserSummary(long id, String username, String displayName, String email, Set<String> roles,
        Long teamId, String teamCode, String teamName, boolean enabled, Instant lockedUntil, Instant lastLoginAt,
        String locale, java.time.LocalDate absentUntil, long version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
