package com.salesflow.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** A line of text that takes a server error like a field does, for errors about a whole list or an upload. */
final class MessageLine implements HasValidation {

    private final Span span;
    private String message = "";

    MessageLine(Span span) {
        this.span = span;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        message = errorMessage == null ? "" : errorMessage;
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        span.setText(invalid ? message : "");
    }

    @Override
    public boolean isInvalid() {
        return !span.getText().isEmpty();
    }
}
