package com.salesflow.lead.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.lead.PublicLeadForm;
import com.salesflow.lead.WebFormAccess;
import com.salesflow.lead.WebForms;
import com.salesflow.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/public/leads}: a web site posts a lead with its web form's API key ({@link WebFormKeyFilter}),
 * as JSON or as a plain HTML form. The answer is the new lead's id only: owner, score and rating are the sales
 * team's business, not the visitor's.
 */
@RestController
@Tag(name = "web-to-lead")
class PublicLeadController {

    /** Hidden field that people leave empty and form-filling bots do not (the name Formspree made common). */
    static final String HONEYPOT = "_gotcha";

    private static final Logger log = LoggerFactory.getLogger(PublicLeadController.class);

    private final WebForms webForms;
    private final ObjectMapper json;

    PublicLeadController(WebForms webForms, ObjectMapper json) {
        this.webForms = webForms;
        this.json = json;
    }

    @PostMapping(path = "/api/public/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A web site posts a lead with its API key (X-Api-Key): 201 with the lead's id, 400 with "
            + "field errors (nothing created), 401 wrong key, 429 too many")
    ResponseEntity<Map<String, Object>> submitJson(@RequestBody JsonNode body,
            @Parameter(hidden = true) @AuthenticationPrincipal WebFormAccess webForm) {
        if (!body.isObject()) {
            throw InvalidInputException.of("body", "lead.body", "Send the lead as one JSON object.");
        }
        PublicLeadForm form;
        try {
            form = json.treeToValue(body, PublicLeadForm.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                    && !mismatch.getPath().isEmpty() ? mismatch.getPath().get(0).getFieldName() : "body";
            throw InvalidInputException.of(field, "lead.text", "Send " + field + " as text.");
        }
        if (isBot(body.path(HONEYPOT).asText(""))) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Collections.singletonMap("id", null));
        }
        long leadId = webForms.submit(webForm.id(), form);
        return ResponseEntity.created(URI.create("/api/leads/" + leadId)).body(Map.of("id", leadId));
    }

    /** A plain HTML form: the key may come as the {@code api_key} field; the visitor may go on to a thank-you page. */
    @PostMapping(path = "/api/public/leads", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "The same for a plain HTML form post (key in X-Api-Key or the api_key field); 303 to the "
            + "web form's thank-you page when it has one")
    ResponseEntity<Map<String, Object>> submitForm(@ModelAttribute PublicLeadForm form,
            @RequestParam(name = HONEYPOT, required = false) String honeypot,
            @Parameter(hidden = true) @AuthenticationPrincipal WebFormAccess webForm) {
        Long leadId = isBot(honeypot) ? null : webForms.submit(webForm.id(), form);
        if (webForm.thankYouUrl() != null) {
            // Checked when the administrator saved it; nothing of the request goes into the address.
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(webForm.thankYouUrl())).build();
        }
        if (leadId == null) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Collections.singletonMap("id", null));
        }
        return ResponseEntity.created(URI.create("/api/leads/" + leadId)).body(Map.of("id", leadId));
    }

    /** A bot gets the same kind of answer as a person, so that it does not learn to leave the field empty. */
    private static boolean isBot(String honeypot) {
        if (honeypot != null && !honeypot.isBlank()) {
            log.debug("Web form post dropped: the honeypot field was filled");
            return true;
        }
        return false;
    }
}
