package com.salesflow.quote.internal;

import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.Customers;
import com.salesflow.customer.OwnerScope;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.product.Catalogue;
import com.salesflow.product.LinePrice;
import com.salesflow.product.PriceListSummary;
import com.salesflow.quote.CustomerAnswer;
import com.salesflow.quote.QuoteActions;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.shared.DocumentNumbers;
import com.salesflow.quote.QuoteFilter;
import com.salesflow.quote.QuoteForm;
import com.salesflow.quote.QuoteLine;
import com.salesflow.quote.QuoteLineForm;
import com.salesflow.quote.QuoteStatus;
import com.salesflow.quote.QuoteSummary;
import com.salesflow.quote.QuoteTotals;
import com.salesflow.quote.Quotes;
import com.salesflow.quote.SendForm;
import com.salesflow.quote.TrailAction;
import com.salesflow.quote.TrailEntry;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class QuoteService implements Quotes {

    static final String NUMBER_PREFIX = "QT";
    static final int MAX_LINES = 500;
    private static final int CUSTOMER_MATCHES = 200;
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Map<String, String> SEND_FIELDS = Map.of("sendMethod", "method", "sendEmail", "email",
            "sendNote", "note");
    private static final String STALE = "Someone else changed this quote meanwhile; reload and try again.";

    private final QuoteRepository quotes;
    private final QuoteTrailRepository trail;
    private final Opportunities opportunities;
    private final Customers customers;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final DocumentNumbers numbers;
    private final QuoteProcess process;
    private final QuoteViews views;
    private final QuoteProperties properties;
    private final Clock clock;

    QuoteService(QuoteRepository quotes, QuoteTrailRepository trail, Opportunities opportunities, Customers customers,
            Catalogue catalogue, CurrentUser currentUser, DocumentNumbers numbers, QuoteProcess process,
            QuoteViews views, QuoteProperties properties, Clock clock) {
        this.quotes = quotes;
        this.trail = trail;
        this.opportunities = opportunities;
        this.customers = customers;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.numbers = numbers;
        this.process = process;
        this.views = views;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- reading ----

    @Override
    @Transactional(readOnly = true)
    public Page<QuoteSummary> list(QuoteFilter filter, Pageable pageable) {
        Page<QuoteRecord> page = quotes.findAll(matching(customers.ownerScope(), filter), pageable);
        return page.map(summaries(page.getContent())::get);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(QuoteFilter filter) {
        return quotes.count(matching(customers.ownerScope(), filter));
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuoteSummary> ofOpportunity(long opportunityId) {
        OwnerScope scope = customers.ownerScope();
        List<QuoteRecord> found = quotes.findByOpportunityIdOrderByVersionNoDesc(opportunityId).stream()
                .filter(q -> scope.covers(q.getOwner())).toList();
        Map<QuoteRecord, QuoteSummary> summaries = summaries(found);
        return found.stream().map(summaries::get).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public QuoteDetails accepted(long id) {
        QuoteRecord quote = quotes.findById(id).filter(q -> q.getStatus() == QuoteStatus.ACCEPTED)
                .orElseThrow(() -> new NotFoundException("No accepted quote with id " + id));
        return views.details(quote, false, new QuoteActions(false, false, false, false, false, false));
    }

    @Override
    @Transactional(readOnly = true)
    public QuoteDetails get(long id) {
        OwnerScope scope = customers.ownerScope();
        return details(visible(id, scope), scope);
    }

    @Override
    public boolean showsCost() {
        return currentUser.hasRole(Roles.ADMINS) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.SUPERVISORS) || currentUser.hasRole(Roles.FINANCE);
    }

    // ---- drafts ----

    @Override
    public QuoteDetails create(QuoteForm form) {
        OwnerScope scope = customers.ownerScope();
        if (form.opportunityId() == null) {
            throw InvalidInputException.of("opportunityId", "quote.opportunity", "Choose the opportunity to quote.");
        }
        OpportunitySummary opportunity;
        try {
            opportunity = opportunities.get(form.opportunityId());
        } catch (NotFoundException e) {
            throw InvalidInputException.of("opportunityId", "quote.opportunity", "Choose the opportunity to quote.");
        }
        requireWritable(opportunity.owner(), scope);
        if (opportunity.stage().isClosed()) {
            throw new ConflictException("quote.opportunityClosed",
                    "The opportunity is " + opportunity.stage().name().toLowerCase(Locale.ROOT)
                            + "; reopen it before quoting.");
        }
        List<QuoteRecord> versions = quotes.findByOpportunityIdOrderByVersionNoDesc(opportunity.id());
        QuoteRecord previous = versions.isEmpty() ? null : versions.get(0);
        requireMayFollow(previous);
        Draft draft = validate(form, opportunity.customerId());
        Instant now = clock.instant();
        String by = scope.username();
        String number = previous == null ? numbers.next(NUMBER_PREFIX) : previous.getNumber();
        int versionNo = previous == null ? 1 : previous.getVersionNo() + 1;
        String owner = opportunity.owner() != null ? opportunity.owner() : by;
        QuoteRecord quote = new QuoteRecord(number, versionNo, opportunity.id(), opportunity.customerId(), owner,
                by, now);
        draft.applyTo(quote, by, now);
        if (previous != null) {
            previous.replacedBy(by, now);
        }
        quotes.saveAndFlush(quote);
        if (previous != null && previous.getStatus() == QuoteStatus.SUPERSEDED) {
            record(previous, TrailAction.SUPERSEDED, null, by, "v" + versionNo);
            process.supersede(previous.getProcessInstanceId());
        }
        opportunities.advanceTo(opportunity.id(), OpportunityStage.PROPOSAL);
        return details(quote, scope);
    }

    @Override
    public QuoteDetails update(long id, QuoteForm form) {
        OwnerScope scope = customers.ownerScope();
        QuoteRecord quote = visible(id, scope);
        requireWritable(quote.getOwner(), scope);
        ConflictException.requireVersion(form.version(), quote.getVersion(), STALE);
        quote.requireState(QuoteStatus.DRAFT);
        Draft draft = validate(form, quote.getCustomerId());
        draft.applyTo(quote, scope.username(), clock.instant());
        quotes.saveAndFlush(quote);
        return details(quote, scope);
    }

    @Override
    public QuoteDetails newVersion(long id) {
        OwnerScope scope = customers.ownerScope();
        QuoteRecord source = visible(id, scope);
        requireWritable(source.getOwner(), scope);
        List<QuoteLineForm> lines = source.getLines().stream()
                .map(l -> new QuoteLineForm(l.getProductId(), l.getQuantity(), l.getDiscountPercent())).toList();
        // The source's price list may have expired: then the newest valid one in its currency prices the copy.
        List<PriceListSummary> valid = catalogue.validPriceLists(LocalDate.now(clock));
        long priceListId = valid.stream().anyMatch(list -> list.id() == source.getPriceListId())
                ? source.getPriceListId()
                : valid.stream().filter(list -> list.currency().equals(source.getCurrency()))
                        .map(PriceListSummary::id).findFirst().orElse(source.getPriceListId());
        QuoteForm copy = new QuoteForm(source.getOpportunityId(), priceListId, lines,
                source.getHeaderDiscountPercent(), null, source.getPaymentTermsDays(), source.getTerms(),
                source.getLanguage(), null);
        return create(copy);
    }

    // ---- the process ----

    @Override
    public QuoteDetails submit(long id, long version) {
        OwnerScope scope = customers.ownerScope();
        QuoteRecord quote = visible(id, scope);
        requireWritable(quote.getOwner(), scope);
        ConflictException.requireVersion(version, quote.getVersion(), STALE);
        quote.requireState(QuoteStatus.DRAFT);
        // Prices are checked again: the price list may have expired since the draft was saved.
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (quote.getValidUntil().isBefore(today)) {
            errors.add(new FieldError("validUntil", "quote.validUntil", "The validity has ended; set a later day."));
        }
        catalogue.pricesFor(quotes.findProductIdsOfLines(quote.getId()), quote.getPriceListId(), today);
        InvalidInputException.throwIfAny(errors);
        String by = scope.username();
        Instant now = clock.instant();
        String grade = customerGrade(quote.getCustomerId());
        QuoteRecord waiting = quotes.findByNumberOrderByVersionNoDesc(quote.getNumber()).stream()
                .filter(q -> q.getStatus() == QuoteStatus.CHANGES_REQUESTED).findFirst().orElse(null);
        quote.submitted(by, now);
        record(quote, TrailAction.SUBMITTED, null, by, null);
        quotes.saveAndFlush(quote);
        if (waiting != null && waiting.getProcessInstanceId() != null) {
            // A send-back waits for this: the same process goes on with the new version.
            waiting.resubmittedAs(by, now);
            record(waiting, TrailAction.SUPERSEDED, null, by, "v" + quote.getVersionNo());
            quote.runsIn(waiting.getProcessInstanceId());
            process.resubmit(waiting.getProcessInstanceId(), quote.getId(), by, grade);
        } else {
            quote.runsIn(process.start(quote.getId(), quote.getNumber(), quote.getOwner(), by, grade));
        }
        return details(quote, scope);
    }

    @Override
    public QuoteDetails send(long id, SendForm form) {
        OwnerScope scope = customers.ownerScope();
        QuoteRecord quote = visible(id, scope);
        requireWritable(quote.getOwner(), scope);
        quote.requireState(QuoteStatus.APPROVED);
        if (form == null || form.method() == null) {
            throw InvalidInputException.of("method", "quote.sendMethod", "Say how the quote goes to the customer.");
        }
        try {
            process.send(quote.getProcessInstanceId(), scope.username(), form);
        } catch (InvalidInputException e) {
            // The process step names the fields as its task form does (sendEmail); the API's are method, email, note.
            throw new InvalidInputException(e.errors().stream().map(error -> new FieldError(
                    SEND_FIELDS.getOrDefault(error.field(), error.field()), error.code(), error.message())).toList());
        }
        return details(quote, scope);
    }

    @Override
    public QuoteDetails accept(long id) {
        OwnerScope scope = customers.ownerScope();
        QuoteRecord quote = visible(id, scope);
        requireWritable(quote.getOwner(), scope);
        quote.requireState(QuoteStatus.SENT);
        process.answer(quote.getProcessInstanceId(), scope.username(), null);
        return details(quote, scope);
    }

    @Override
    public QuoteDetails reject(long id, CustomerAnswer answer) {
        OwnerScope scope = customers.ownerScope();
        QuoteRecord quote = visible(id, scope);
        requireWritable(quote.getOwner(), scope);
        quote.requireState(QuoteStatus.SENT);
        if (answer == null || answer.reason() == null) {
            throw InvalidInputException.of("reason", "quote.rejectReason", "Say why the customer rejected it.");
        }
        String note = trim(answer.note());
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.of("note", "quote.rejectNote", "Keep the note to 1000 characters.");
        }
        process.answer(quote.getProcessInstanceId(), scope.username(), new CustomerAnswer(answer.reason(), note));
        return details(quote, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public QuotePdf pdf(long id) {
        QuoteRecord quote = visible(id, customers.ownerScope());
        if (!QuoteStatus.PRINTABLE.contains(quote.getStatus())) {
            throw new ConflictException("quote.notApproved", "A quote is printed once it is approved.");
        }
        CustomerDetails customer;
        try {
            customer = customers.get(quote.getCustomerId());
        } catch (NotFoundException outsideCustomerScope) {
            customer = null;
        }
        return views.pdf(quote, customer);
    }

    // ---- rules ----

    /** What a draft's form prices to, checked; applied to a record only when everything is valid. */
    private record Draft(long priceListId, String currency, String language, BigDecimal headerDiscount,
            LocalDate validUntil, int paymentTermsDays, String terms, List<LinePrice> prices,
            List<QuoteLineForm> lines, QuotePricing.Totals totals) {

        void applyTo(QuoteRecord quote, String by, Instant now) {
            List<QuoteLineRecord> records = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LinePrice price = prices.get(i);
                QuoteLineForm line = lines.get(i);
                QuotePricing.PricedLine priced = totals.lines().get(i);
                records.add(new QuoteLineRecord(i + 1, price.productId(), price.code(), price.nameEn(),
                        price.nameZh(), price.unit(), line.quantity(), price.listPrice(), price.unitPrice(),
                        line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent(), price.taxRate(),
                        price.cost(), priced.gross(), priced.netAfterHeader(), priced.tax(), priced.cost()));
            }
            quote.edit(priceListId, currency, language, headerDiscount, validUntil, paymentTermsDays, terms, records,
                    totals, by, now);
        }
    }

    private Draft validate(QuoteForm form, long customerId) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        List<QuoteLineForm> lines = form.lines() == null ? List.of() : form.lines();
        if (lines.size() > MAX_LINES) {
            throw InvalidInputException.of("lines", "quote.tooManyLines",
                    "A quote has at most " + MAX_LINES + " lines.");
        }
        if (form.priceListId() == null) {
            throw InvalidInputException.of("priceListId", "quote.priceList", "Choose a price list.");
        }
        LocalDate validUntil = form.validUntil() == null ? today.plusDays(properties.validityDays())
                : form.validUntil();
        if (validUntil.isBefore(today)) {
            errors.add(new FieldError("validUntil", "quote.validUntil", "The validity cannot end in the past."));
        } else if (validUntil.isAfter(today.plusYears(1))) {
            errors.add(new FieldError("validUntil", "quote.validUntil", "A quote is valid for at most a year."));
        }
        int paymentTerms = form.paymentTermsDays() == null ? properties.standardPaymentTermsDays()
                : form.paymentTermsDays();
        if (paymentTerms < 0 || paymentTerms > 365) {
            errors.add(new FieldError("paymentTermsDays", "quote.paymentTerms",
                    "Payment terms are 0 to 365 days."));
        }
        String terms = trim(form.terms());
        if (terms != null && terms.length() > 2000) {
            errors.add(new FieldError("terms", "quote.terms", "Keep the terms to 2000 characters."));
        }
        String language = language(form.language(), customerId, errors);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null || lines.get(i).productId() == null) {
                errors.add(new FieldError("lines[" + i + "].productId", "quote.product", "Choose a product."));
            }
        }
        InvalidInputException.throwIfAny(errors);
        List<LinePrice> prices = catalogue.pricesFor(lines.stream().map(QuoteLineForm::productId).toList(),
                form.priceListId(), today);
        List<QuotePricing.Line> toPrice = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LinePrice price = prices.get(i);
            toPrice.add(new QuotePricing.Line(lines.get(i).quantity(), price.unitPrice(),
                    lines.get(i).discountPercent(), price.cost(), price.taxRate()));
        }
        QuotePricing.Totals totals = QuotePricing.price(toPrice, form.headerDiscountPercent(),
                properties.belowCostAllowance());
        String currency = prices.isEmpty() ? currencyOf(form.priceListId(), today) : prices.get(0).currency();
        return new Draft(form.priceListId(), currency, language,
                form.headerDiscountPercent() == null ? BigDecimal.ZERO : form.headerDiscountPercent(), validUntil,
                paymentTerms, terms, prices, lines, totals);
    }

    private String currencyOf(long priceListId, LocalDate today) {
        return catalogue.validPriceLists(today).stream().filter(list -> list.id() == priceListId)
                .map(PriceListSummary::currency).findFirst()
                .orElseThrow(() -> InvalidInputException.of("priceListId", "priceList.unknown",
                        "Choose a price list that is valid today."));
    }

    /** zh-CN or en; by default the customer's: Chinese when its name is written in Chinese. */
    private String language(String requested, long customerId, List<FieldError> errors) {
        if (requested == null || requested.isBlank()) {
            String name = customers.namesOf(List.of(customerId)).getOrDefault(customerId, "");
            return CJK.matcher(name).find() ? "zh-CN" : "en";
        }
        String language = requested.strip();
        if (language.equalsIgnoreCase("zh") || language.equalsIgnoreCase("zh-CN")) {
            return "zh-CN";
        }
        if (language.equalsIgnoreCase("en")) {
            return "en";
        }
        errors.add(new FieldError("language", "quote.language", "A quote is written in Chinese (zh-CN) or English (en)."));
        return null;
    }

    /** A new version may follow only a quote that is not a draft, not awaiting approval, and not accepted. */
    private static void requireMayFollow(QuoteRecord previous) {
        if (previous == null) {
            return;
        }
        switch (previous.getStatus()) {
            case DRAFT -> throw new ConflictException("quote.draftExists",
                    "Version " + previous.getVersionNo() + " is still a draft: edit that one.");
            case PENDING_APPROVAL -> throw new ConflictException("quote.pending",
                    "Version " + previous.getVersionNo() + " awaits approval; wait for it or ask to send it back.");
            case ACCEPTED -> throw new ConflictException("quote.accepted",
                    "The customer accepted version " + previous.getVersionNo() + ".");
            default -> { }
        }
    }

    private String customerGrade(long customerId) {
        return customers.gradeOf(customerId).map(Enum::name).orElse(null);
    }

    private QuoteRecord visible(long id, OwnerScope scope) {
        return quotes.findById(id).filter(q -> scope.covers(q.getOwner()))
                .orElseThrow(() -> new NotFoundException("No quote with id " + id));
    }

    private void requireWritable(String owner, OwnerScope scope) {
        boolean mayOwn = currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS);
        boolean own = mayOwn && owner != null && scope.owners().contains(owner);
        if (!own && !currentUser.hasRole(Roles.DIRECTORS) && !currentUser.hasRole(Roles.ADMINS)) {
            throw new AccessDeniedException("Not allowed to change this quote");
        }
    }

    private void record(QuoteRecord quote, TrailAction action, com.salesflow.quote.ApprovalLevel level, String by,
            String comment) {
        trail.save(new QuoteTrailRecord(quote.getId(), action, level, by, clock.instant(), comment, null, null));
    }

    private Specification<QuoteRecord> matching(OwnerScope scope, QuoteFilter filter) {
        String text = trim(filter.text());
        Collection<Long> customerIds = text == null ? List.of() : customers.search(CustomerFilter.text(text),
                PageRequest.of(0, CUSTOMER_MATCHES)).map(c -> c.id()).getContent();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.all()) {
                predicates.add(scope.owners().isEmpty() ? cb.disjunction() : root.get("owner").in(scope.owners()));
            }
            if (trim(filter.owner()) != null) {
                predicates.add(cb.equal(root.get("owner"), filter.owner().strip()));
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                predicates.add(root.get("status").in(filter.statuses()));
            }
            if (filter.opportunityId() != null) {
                predicates.add(cb.equal(root.get("opportunityId"), filter.opportunityId()));
            }
            if (filter.customerId() != null) {
                predicates.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (filter.latestOnly()) {
                predicates.add(cb.isTrue(root.get("latest")));
            }
            if (text != null) {
                String like = "%" + text.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                Predicate byNumber = cb.like(root.get("number"), like, '!');
                predicates.add(customerIds.isEmpty() ? byNumber
                        : cb.or(byNumber, root.get("customerId").in(customerIds)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private Map<QuoteRecord, QuoteSummary> summaries(List<QuoteRecord> records) {
        return views.summaries(records);
    }

    /** The version as the caller sees it, with what the caller may do; {@code scope} is the caller's, read once. */
    private QuoteDetails details(QuoteRecord quote, OwnerScope scope) {
        return views.details(quote, showsCost(), actions(quote, scope));
    }

    private QuoteActions actions(QuoteRecord quote, OwnerScope scope) {
        boolean writable;
        try {
            requireWritable(quote.getOwner(), scope);
            writable = true;
        } catch (AccessDeniedException e) {
            writable = false;
        }
        QuoteStatus status = quote.getStatus();
        // A rejected quote has lost its opportunity: a new version needs it reopened first.
        boolean mayFollow = quote.isLatest() && status != QuoteStatus.DRAFT && status != QuoteStatus.PENDING_APPROVAL
                && status != QuoteStatus.ACCEPTED && opportunities.find(quote.getOpportunityId())
                        .map(o -> !o.stage().isClosed()).orElse(false);
        return new QuoteActions(writable && status == QuoteStatus.DRAFT, writable && status == QuoteStatus.DRAFT,
                writable && mayFollow, writable && status == QuoteStatus.APPROVED,
                writable && status == QuoteStatus.SENT, QuoteStatus.PRINTABLE.contains(status));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
