package com.salesflow.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A stale version, a duplicate or a step that someone else already took: the API answers 409 with the English
 * message as {@code detail} and the {@link #code()} as {@code code}; the UI shows the {@code error.<code>}
 * translation, formatted with the {@link #args()}.
 */
public class ConflictException extends RuntimeException {

    /** Someone saved the record after the caller read it. */
    public static final String STALE = "conflict.stale";

    private final String code;
    private final List<Object> args;

    /**
     * @param code    stable key of the rule, for translated messages ({@code error.<code>} in the UI bundles)
     * @param message the English message, which the REST API returns
     * @param args    the values of the translation's {@code {0}}, {@code {1}}, ... placeholders
     */
    public ConflictException(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** Throws {@link #STALE} with the message unless the caller's version is the current one. */
    public static void requireVersion(Long expected, long actual, String message) {
        if (expected == null || expected != actual) {
            throw new ConflictException(STALE, message);
        }
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
