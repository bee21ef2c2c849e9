package com.salesflow.shared;

/** A stale version, a duplicate or a step that someone else already took: the API answers 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
