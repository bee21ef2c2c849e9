package com.salesflow.task.form;

/** A form that cannot be used: not JSON, too large, or a structure or feature Salesflow forms do not support. */
public class FormSchemaException extends RuntimeException {

    FormSchemaException(String message) {
        super(message);
    }

    FormSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
