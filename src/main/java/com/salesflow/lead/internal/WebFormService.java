package com.salesflow.lead.internal;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.lead.CompanySize;
import com.salesflow.lead.IssuedKey;
import com.salesflow.lead.LeadForm;
import com.salesflow.lead.PublicLeadForm;
import com.salesflow.lead.WebFormAccess;
import com.salesflow.lead.WebFormSettings;
import com.salesflow.lead.WebFormStatus;
import com.salesflow.lead.WebFormSummary;
import com.salesflow.lead.WebForms;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Web forms for administrators and the intake of the leads web sites post with their keys (decision 0006). */
@Service
@Transactional
class WebFormService implements WebForms {

    /** Keys are recognisable in logs and secret scanners, and a wrong kind of value is refused without a query. */
    static final String KEY_PREFIX = "sfk_";
    private static final int KEY_BYTES = 32;
    private static final int VISIBLE_PREFIX = 12;
    private static final int MAX_ORIGINS = 20;
    private static final Duration ORIGINS_CACHE = Duration.ofSeconds(30);
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final WebFormRepository webForms;
    private final LeadService leads;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Preflights come for every browser post; the origins change only when an administrator edits a form. */
    private volatile CachedOrigins origins;

    private record CachedOrigins(Set<String> origins, Instant until) {
    }

    WebFormService(WebFormRepository webForms, LeadService leads, CurrentUser currentUser, Clock clock) {
        this.webForms = webForms;
        this.leads = leads;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WebFormSummary> list(String text, WebFormStatus status) {
        requireAdmin();
        String search = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // A handful of forms per company: filtering in memory keeps origins a plain text column.
        return webForms.findAll().stream()
                .filter(form -> status == null || form.status() == status)
                .filter(form -> search.isEmpty() || form.getName().toLowerCase(Locale.ROOT).contains(search)
                        || form.getKeyPrefix().toLowerCase(Locale.ROOT).contains(search)
                        || form.origins().stream().anyMatch(origin -> origin.contains(search)))
                .sorted(Comparator.comparing((WebForm form) -> form.getName().toLowerCase(Locale.ROOT)))
                .map(WebFormService::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public WebFormSummary get(long id) {
        requireAdmin();
        return summary(find(id));
    }

    @Override
    public IssuedKey create(WebFormSettings settings) {
        String me = requireAdmin();
        WebForm form = new WebForm(me, clock.instant());
        configure(form, settings, null);
        String key = newKey();
        form.issueKey(hash(key), key.substring(0, VISIBLE_PREFIX), clock.instant());
        webForms.saveAndFlush(form);
        origins = null;
        return new IssuedKey(summary(form), key);
    }

    @Override
    public WebFormSummary update(long id, WebFormSettings settings, long version) {
        requireAdmin();
        WebForm form = current(id, version);
        configure(form, settings, id);
        webForms.saveAndFlush(form);
        origins = null;
        return summary(form);
    }

    @Override
    public WebFormSummary setEnabled(long id, boolean enabled, long version) {
        requireAdmin();
        WebForm form = current(id, version);
        form.setEnabled(enabled);
        webForms.saveAndFlush(form);
        origins = null;
        return summary(form);
    }

    @Override
    public IssuedKey rotate(long id, long version) {
        requireAdmin();
        WebForm form = current(id, version);
        String key = newKey();
        form.issueKey(hash(key), key.substring(0, VISIBLE_PREFIX), clock.instant());
        webForms.saveAndFlush(form);
        return new IssuedKey(summary(form), key);
    }

    @Override
    public WebFormSummary revoke(long id, long version) {
        String me = requireAdmin();
        WebForm form = current(id, version);
        form.revoke(me, clock.instant());
        webForms.saveAndFlush(form);
        origins = null;
        return summary(form);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WebFormAccess> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() < 20 || key.length() > 100) {
            return Optional.empty();
        }
        return webForms.findByKeyHash(hash(key))
                .filter(form -> form.status() == WebFormStatus.ACTIVE)
                .map(form -> new WebFormAccess(form.getId(), form.getName(), Set.copyOf(form.origins()),
                        form.getThankYouUrl()));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> allowedOrigins() {
        CachedOrigins cached = origins;
        Instant now = clock.instant();
        if (cached == null || now.isAfter(cached.until())) {
            Set<String> all = new LinkedHashSet<>();
            webForms.originsOfActiveForms().forEach(lines -> all.addAll(List.of(lines.split("\n"))));
            all.removeIf(String::isBlank);
            cached = new CachedOrigins(Set.copyOf(all), now.plus(ORIGINS_CACHE));
            origins = cached;
        }
        return cached.origins();
    }

    @Override
    public long submit(long webFormId, PublicLeadForm input) {
        WebForm form = webForms.findById(webFormId).filter(found -> found.status() == WebFormStatus.ACTIVE)
                .orElseThrow(() -> new AccessDeniedException("This web form no longer accepts leads."));
        List<FieldError> errors = new ArrayList<>();
        LeadForm lead = new LeadForm();
        lead.setName(input.getName());
        lead.setCompany(input.getCompany());
        lead.setPhone(input.getPhone());
        lead.setEmail(input.getEmail());
        lead.setIndustry(input.getIndustry());
        lead.setRegion(input.getRegion());
        lead.setNeed(input.getNeed());
        lead.setSource(form.getSource());
        lead.setCompanySize(companySize(input.getCompanySize(), errors));
        String createdBy = "web-form:" + form.getName();
        // Lead intake owns the rules; asking it first lets the answer name every wrong field at once.
        try {
            leads.validated(lead, createdBy);
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        InvalidInputException.throwIfAny(errors);
        long leadId = leads.intake(lead, createdBy).lead().id();
        Instant now = clock.instant();
        webForms.markUsed(form.getId(), now, now.minus(LAST_USED_PRECISION));
        return leadId;
    }

    private static CompanySize companySize(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CompanySize.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("companySize", "lead.companySize",
                    "Company size is one of MICRO, SMALL, MEDIUM, LARGE, ENTERPRISE."));
            return null;
        }
    }

    private void configure(WebForm form, WebFormSettings settings, Long id) {
        List<FieldError> errors = new ArrayList<>();
        String name = settings.getName() == null ? "" : settings.getName().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "webForm.name", "Give the web form a name."));
        } else if (name.length() > 50) {
            errors.add(new FieldError("name", "webForm.nameTooLong", "A name has at most 50 characters."));
        } else if (id == null ? webForms.existsByNameIgnoreCase(name) : webForms.existsByNameIgnoreCaseAndIdNot(name, id)) {
            errors.add(new FieldError("name", "webForm.nameTaken", "Another web form has this name."));
        }
        if (settings.getSource() == null) {
            errors.add(new FieldError("source", "lead.source", "Say where the lead came from."));
        }
        List<String> origins = origins(settings.getAllowedOrigins(), errors);
        String thankYouUrl = thankYouUrl(settings.getThankYouUrl(), errors);
        InvalidInputException.throwIfAny(errors);
        form.configure(name, settings.getSource(), origins, thankYouUrl);
    }

    /**
     * Origins as browsers send them ({@code https://host[:port]}, lower case, no default port, no path), so that a
     * plain string comparison decides CORS.
     */
    static List<String> origins(List<String> values, List<FieldError> errors) {
        Set<String> origins = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String text = value.strip();
            String origin = origin(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (origin == null) {
                errors.add(new FieldError("allowedOrigins", "webForm.origin",
                        "An origin is http(s)://host or http(s)://host:port, without a path: " + text));
                return List.of();
            }
            origins.add(origin);
        }
        if (origins.size() > MAX_ORIGINS) {
            errors.add(new FieldError("allowedOrigins", "webForm.tooManyOrigins",
                    "At most " + MAX_ORIGINS + " origins."));
        }
        return List.copyOf(origins);
    }

    private static String origin(String text) {
        URI uri = absolute(text);
        if (uri == null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** Checked here, once, so that redirecting a visitor to it later cannot be turned into an open redirect. */
    private static String thankYouUrl(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 500 || absolute(text) == null) {
            errors.add(new FieldError("thankYouUrl", "webForm.thankYouUrl",
                    "The thank-you page is a full http(s) address of at most 500 characters."));
            return null;
        }
        return text;
    }

    /** An http(s) URI with a host and without user info, or null. */
    private static URI absolute(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 is enough for 256-bit random keys: there is nothing to guess that a slow hash would protect. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private WebForm find(long id) {
        return webForms.findById(id).orElseThrow(() -> new NotFoundException("No web form " + id));
    }

    private WebForm current(long id, long version) {
        WebForm form = find(id);
        ConflictException.requireVersion(version, form.getVersion(),
                "Someone else changed this web form meanwhile; reload and try again.");
        return form;
    }

    private String requireAdmin() {
        if (!currentUser.hasRole(Roles.ADMINS)) {
            throw new AccessDeniedException("Only administrators manage web forms.");
        }
        return currentUser.requireUsername();
    }

    static WebFormSummary summary(WebForm form) {
        return new WebFormSummary(form.getId(), form.getName(), form.getSource(), form.origins(),
                form.getThankYouUrl(), form.status(), form.getKeyPrefix(), form.getKeyIssuedAt(),
                form.getCreatedBy(), form.getCreatedAt(), form.getLastUsedAt(), form.getVersion());
    }
}
