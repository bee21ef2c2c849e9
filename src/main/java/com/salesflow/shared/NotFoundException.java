package com.salesflow.shared;

/** The thing does not exist or lies outside the caller's data scope; both answer 404 so that scope does not leak. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
