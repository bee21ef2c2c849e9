package com.salesflow.revisit;

import java.util.List;

/**
 * The texts of care greetings per occasion and language ({@code en}, {@code zh}); {@code {name}}, {@code {company}}
 * and {@code {occasion}} are replaced when a greeting is created. Administrators only.
 */
public interface GreetingTemplates {

    List<GreetingTemplateView> list();

    /** Bad text: 400 with field {@code body}; stale version: 409. */
    GreetingTemplateView update(long id, String body, long version);

    record GreetingTemplateView(long id, String occasion, String language, String body, long version) {
    }
}
