package com.salesflow.revisit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "sf_greeting_template")
class GreetingTemplateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Occasion occasion;
    private String language;
    private String body;
    @Version
    private long version;

    protected GreetingTemplateRecord() {
    }

    void rewrite(String body) {
        this.body = body;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    Occasion getOccasion() { return occasion; }
    String getLanguage() { return language; }
    String getBody() { return body; }

    /** The text with {name}, {company} and {occasion} filled in. */
    String fill(String name, String company, String occasionLabel) {
        return body.replace("{name}", name).replace("{company}", company == null ? "" : company)
                .replace("{occasion}", occasionLabel);
    }
}
