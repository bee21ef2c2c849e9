package com.salesflow.shared;

import java.util.List;

/** Input that breaks a business rule; the API answers 400 with the field errors, the UI shows them on the fields. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    /** Throws when the collected errors are not empty, so that a service reports every wrong field at once. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * @param code    stable key of the rule, for translated messages ({@code error.<code>} in the UI bundles)
     * @param message the English message, which the REST API returns
     */
    public record FieldError(String field, String code, String message) {
    }
}
