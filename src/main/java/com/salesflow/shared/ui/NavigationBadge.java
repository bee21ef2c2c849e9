package com.salesflow.shared.ui;

/**
 * A number shown beside a navigation entry (open tasks, say), contributed by the feature that owns the route so
 * that the shell needs to know no feature.
 */
public interface NavigationBadge {

    /** How often the shell polls the server to refresh the badges; views may listen to the same poll. */
    int REFRESH_MILLIS = 15_000;

    /** The route path of the entry, as in {@code @Route}, e.g. {@code "tasks"}. */
    String path();

    /** The number for the signed-in user; 0 shows no badge. */
    long count();
}
