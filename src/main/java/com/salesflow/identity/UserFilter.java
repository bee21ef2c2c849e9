package com.salesflow.identity;

/** Filters of the user list; null or blank means "any". */
public record UserFilter(String text, String role, Long teamId, Status status) {

    public enum Status { ACTIVE, LOCKED, DISABLED }

    public static UserFilter any() {
        return new UserFilter(null, null, null, null);
    }
}
