package com.salesflow.lead.internal;

import com.salesflow.customer.Source;
import com.salesflow.lead.WebFormStatus;
import com.salesflow.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A web form (web-to-lead) and the hash of its API key. A revoked web form cannot come back. */
@Entity
@Table(name = "sf_web_form")
class WebForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Source source;

    /** One origin per line: a short list that is only ever read whole. */
    @Column(name = "allowed_origins")
    private String allowedOrigins;

    @Column(name = "thank_you_url")
    private String thankYouUrl;

    private boolean enabled = true;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "key_prefix")
    private String keyPrefix;

    @Column(name = "key_issued_at")
    private Instant keyIssuedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    protected WebForm() {
    }

    WebForm(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void configure(String name, Source source, List<String> allowedOrigins, String thankYouUrl) {
        this.name = name;
        this.source = source;
        this.allowedOrigins = allowedOrigins.isEmpty() ? null : String.join("\n", allowedOrigins);
        this.thankYouUrl = thankYouUrl;
    }

    void issueKey(String hash, String prefix, Instant now) {
        requireNotRevoked();
        this.keyHash = hash;
        this.keyPrefix = prefix;
        this.keyIssuedAt = now;
    }

    void setEnabled(boolean enabled) {
        requireNotRevoked();
        this.enabled = enabled;
    }

    void revoke(String by, Instant now) {
        requireNotRevoked();
        this.enabled = false;
        this.revokedAt = now;
        this.revokedBy = by;
    }

    private void requireNotRevoked() {
        if (revokedAt != null) {
            throw new ConflictException("webForm.revoked",
                    "This web form's key was revoked; create a new web form instead.");
        }
    }

    WebFormStatus status() {
        if (revokedAt != null) {
            return WebFormStatus.REVOKED;
        }
        return enabled ? WebFormStatus.ACTIVE : WebFormStatus.DISABLED;
    }

    List<String> origins() {
        return allowedOrigins == null || allowedOrigins.isBlank() ? List.of()
                : Arrays.stream(allowedOrigins.split("\n")).filter(origin -> !origin.isBlank()).toList();
    }

    Long getId() { return id; }
    String getName() { return name; }
    Source getSource() { return source; }
    String getThankYouUrl() { return thankYouUrl; }
    String getKeyPrefix() { return keyPrefix; }
    Instant getKeyIssuedAt() { return keyIssuedAt; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getLastUsedAt() { return lastUsedAt; }
    long getVersion() { return version; }
}
