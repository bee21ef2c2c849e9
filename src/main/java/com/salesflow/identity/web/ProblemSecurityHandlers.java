package com.salesflow.identity.web;

import com.salesflow.shared.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for the REST APIs as problem+json; 401 also carries the HTTP Basic challenge. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Salesflow\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic to use this API.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
    }
}
