package com.salesflow.designer;

import java.util.List;

/**
 * How an element (found by its id) differs between the deployed model and a draft. Layout (diagram positions) is
 * not a change. {@code details} says what changed, as {@code name: "Old" → "New"}.
 */
public record ElementChange(String elementId, String elementType, String name, Kind kind, List<String> details) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
