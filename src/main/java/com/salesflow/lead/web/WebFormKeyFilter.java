package com.salesflow.lead.web;

import com.salesflow.lead.WebFormAccess;
import com.salesflow.lead.WebForms;
import com.salesflow.shared.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of {@code /api/public/**}: CORS for the origins web forms allow, a rate limit per client address (before
 * anything touches the database), a body size limit, the web form's API key, its origins, and a rate limit per key.
 * Every refusal is a problem+json answer; nothing redirects and no session is made.
 */
class WebFormKeyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "X-Api-Key";
    /** For plain HTML forms, which cannot set headers. */
    static final String KEY_FIELD = "api_key";

    private final WebForms webForms;
    private final long maxBodyBytes;
    private final TokenBuckets<String> perClient;
    private final TokenBuckets<Long> perKey;

    WebFormKeyFilter(WebForms webForms, WebFormProperties properties, Clock clock) {
        this.webForms = webForms;
        this.maxBodyBytes = properties.maxBodySize().toBytes();
        this.perClient = new TokenBuckets<>(properties.perClient().requests(), properties.perClient().per(), clock,
                properties.maxTrackedClients());
        // Keys are few and made by administrators: no need to bound them beyond their number.
        this.perKey = new TokenBuckets<>(properties.perKey().requests(), properties.perKey().per(), clock,
                Integer.MAX_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String normalizedOrigin = origin == null ? null : origin.strip().toLowerCase(Locale.ROOT);
        // Errors are readable by the scripts of allowed sites too, so that they can show "try again later".
        if (normalizedOrigin != null && webForms.allowedOrigins().contains(normalizedOrigin)) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Location, Retry-After");
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            if (CorsUtils.isPreFlightRequest(request)) {
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST");
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, " + KEY_HEADER);
                response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
                response.setStatus(HttpStatus.NO_CONTENT.value());
                return;
            }
        } else if (CorsUtils.isPreFlightRequest(request)) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "No web form accepts posts from this origin.");
            return;
        }

        Duration wait = perClient.take(request.getRemoteAddr());
        if (!wait.isZero()) {
            tooManyRequests(response, wait, "Too many posts from this address; try again later.");
            return;
        }
        if (hasBody(request)) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                // Without a length the body would have to be read to know its size; browsers and HTTP clients
                // send one for forms and JSON.
                ProblemResponses.write(response, HttpStatus.LENGTH_REQUIRED, "Send a Content-Length.");
                return;
            }
            if (length > maxBodyBytes) {
                ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE,
                        "A lead has at most " + maxBodyBytes + " bytes.");
                return;
            }
        }

        String key = key(request);
        if (key == null) {
            unauthorized(response, "Send the web form's API key in the " + KEY_HEADER + " header (or the "
                    + KEY_FIELD + " field of a form post).");
            return;
        }
        Optional<WebFormAccess> access = webForms.authenticate(key);
        if (access.isEmpty()) {
            // One answer for wrong, disabled and revoked keys: it tells a guesser nothing.
            unauthorized(response, "This API key is not valid, or its web form is disabled or revoked.");
            return;
        }
        WebFormAccess webForm = access.get();
        if (normalizedOrigin != null && !webForm.allowedOrigins().contains(normalizedOrigin)) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                    "This web form does not accept posts from this origin.");
            return;
        }
        wait = perKey.take(webForm.id());
        if (!wait.isZero()) {
            tooManyRequests(response, wait, "Too many leads from this web form; try again later.");
            return;
        }

        // Asked per request: the Vaadin-aware strategy is installed after this filter is made.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new WebFormAuthentication(webForm));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return HttpMethod.POST.matches(method) || HttpMethod.PUT.matches(method) || HttpMethod.PATCH.matches(method);
    }

    private static String key(HttpServletRequest request) {
        String key = request.getHeader(KEY_HEADER);
        // From the body only: a key in the address would end up in access logs and Referer headers.
        if ((key == null || key.isBlank()) && isFormPost(request) && !inQueryString(request, KEY_FIELD)) {
            key = request.getParameter(KEY_FIELD);
        }
        return key == null || key.isBlank() ? null : key.strip();
    }

    private static boolean inQueryString(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        return query != null && ("&" + query).contains("&" + name + "=");
    }

    static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + KEY_HEADER + "\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, detail);
    }

    private static void tooManyRequests(HttpServletResponse response, Duration wait, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
        ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, detail);
    }

    /** The web form as the request's principal: no roles, so it can do nothing but post leads. */
    static final class WebFormAuthentication extends AbstractAuthenticationToken {

        private final WebFormAccess webForm;

        WebFormAuthentication(WebFormAccess webForm) {
            super(AuthorityUtils.NO_AUTHORITIES);
            this.webForm = webForm;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public WebFormAccess getPrincipal() {
            return webForm;
        }

        @Override
        public String getName() {
            return "web-form:" + webForm.name();
        }
    }
}
