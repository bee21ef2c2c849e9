package com.salesflow.lead;

import java.util.Set;

/** The web form a valid, active key belongs to: what the public endpoint needs to check the request and answer it. */
public record WebFormAccess(long id, String name, Set<String> allowedOrigins, String thankYouUrl) {
}
