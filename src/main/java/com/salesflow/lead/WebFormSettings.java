package com.salesflow.lead;

import com.salesflow.customer.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator sets on a web form: its name (leads record {@code web-form:<name>} as their creator), the
 * lead source its leads get, the browser origins allowed to post with its key (none: server-to-server only) and an
 * optional thank-you page for plain HTML form posts.
 */
public class WebFormSettings {

    private String name = "";
    private Source source = Source.WEB_FORM;
    private List<String> allowedOrigins = new ArrayList<>();
    private String thankYouUrl = "";

    public static WebFormSettings of(WebFormSummary webForm) {
        WebFormSettings settings = new WebFormSettings();
        settings.setName(webForm.name());
        settings.setSource(webForm.source());
        settings.setAllowedOrigins(new ArrayList<>(webForm.allowedOrigins()));
        settings.setThankYouUrl(webForm.thankYouUrl() == null ? "" : webForm.thankYouUrl());
        return settings;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public List<String> getAllowedOrigins() { return allowedOrigins; }
    public void setAllowedOrigins(List<String> allowedOrigins) { this.allowedOrigins = allowedOrigins; }
    public String getThankYouUrl() { return thankYouUrl; }
    public void setThankYouUrl(String thankYouUrl) { this.thankYouUrl = thankYouUrl; }
}
