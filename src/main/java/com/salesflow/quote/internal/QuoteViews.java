package com.salesflow.quote.internal;

import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.Customers;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.product.Catalogue;
import com.salesflow.quote.QuoteActions;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteLine;
import com.salesflow.quote.QuoteSummary;
import com.salesflow.quote.QuoteTotals;
import com.salesflow.quote.Quotes;
import com.salesflow.quote.TrailEntry;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/** Builds what readers see of quote records: rows with names, and a version with its lines, trail and versions. */
@Component
class QuoteViews {

    private static final QuoteActions NO_ACTIONS = new QuoteActions(false, false, false, false, false, false);

    private final QuoteRepository quotes;
    private final QuoteTrailRepository trail;
    private final Opportunities opportunities;
    private final Customers customers;
    private final Catalogue catalogue;
    private final EntityManager entityManager;
    private final QuotePdfWriter pdfWriter;

    QuoteViews(QuoteRepository quotes, QuoteTrailRepository trail, Opportunities opportunities, Customers customers,
            Catalogue catalogue, EntityManager entityManager, QuotePdfWriter pdfWriter) {
        this.quotes = quotes;
        this.trail = trail;
        this.opportunities = opportunities;
        this.customers = customers;
        this.catalogue = catalogue;
        this.entityManager = entityManager;
        this.pdfWriter = pdfWriter;
    }

    Map<QuoteRecord, QuoteSummary> summaries(List<QuoteRecord> records) {
        Map<Long, String> customerNames = customers.namesOf(records.stream().map(QuoteRecord::getCustomerId)
                .distinct().toList());
        Map<Long, String> opportunityNames = opportunities.namesOf(records.stream()
                .map(QuoteRecord::getOpportunityId).distinct().toList());
        Map<QuoteRecord, QuoteSummary> summaries = new java.util.IdentityHashMap<>();
        for (QuoteRecord q : records) {
            summaries.put(q, summary(q, customerNames.get(q.getCustomerId()), opportunityNames.get(q.getOpportunityId())));
        }
        return summaries;
    }

    private static QuoteSummary summary(QuoteRecord q, String customerName, String opportunityName) {
        return new QuoteSummary(q.getId(), q.getNumber(), q.getVersionNo(), q.getOpportunityId(), opportunityName,
                q.getCustomerId(), customerName, q.getStatus(), q.getCurrency(), q.getNet(), q.getTotal(),
                q.getMaxLineDiscount(), q.getValidUntil(), q.getOwner(), q.getCreatedAt(), q.getSubmittedAt(),
                q.getUpdatedAt(), q.isLatest(), q.getVersion());
    }

    /**
     * The quote as the customer gets it, downloaded or mailed; {@code customer} is null when the caller may not read
     * it (the PDF then names the customer only). Costs and actions do not matter: the PDF prints neither.
     */
    Quotes.QuotePdf pdf(QuoteRecord quote, CustomerDetails customer) {
        byte[] content = pdfWriter.write(details(quote, false, NO_ACTIONS), customer, null);
        return new Quotes.QuotePdf(quote.getNumber() + "-v" + quote.getVersionNo() + ".pdf", content);
    }

    /**
     * {@code cost}: whether the reader sees costs and margins; {@code actions}: what the reader may do. Reads without
     * flushing: every change of the calling transaction is either in the records it holds or written already (ids
     * by identity), and a flush before each of these queries would check each of a large quote's lines again.
     */
    QuoteDetails details(QuoteRecord quote, boolean cost, QuoteActions actions) {
        Session session = entityManager.unwrap(Session.class);
        FlushMode before = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            return detailsAsRead(quote, cost, actions);
        } finally {
            session.setHibernateFlushMode(before);
        }
    }

    private QuoteDetails detailsAsRead(QuoteRecord quote, boolean cost, QuoteActions actions) {
        List<QuoteRecord> versions = quotes.findByNumberOrderByVersionNoDesc(quote.getNumber());
        Map<QuoteRecord, QuoteSummary> summaries = summaries(versions);
        QuoteSummary summary = summaries.entrySet().stream().filter(e -> e.getKey().getId().equals(quote.getId()))
                .map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> summaries(List.of(quote)).get(quote));
        QuoteTotals totals = new QuoteTotals(quote.getGross(), quote.getLinesNet(), quote.getHeaderDiscount(),
                quote.getNet(), quote.getTax(), quote.getTotal(), cost ? quote.getCost() : null,
                cost ? quote.getMargin() : null, cost ? quote.getMarginPercent() : null, quote.getMaxLineDiscount(),
                quote.getTotalDiscountPercent());
        Map<Long, Integer> versionNos = new HashMap<>();
        versions.forEach(v -> versionNos.put(v.getId(), v.getVersionNo()));
        List<TrailEntry> entries = trail.findByQuoteIdInOrderByIdAsc(versionNos.keySet()).stream()
                .map(t -> new TrailEntry(t.getId(), t.getQuoteId(), versionNos.getOrDefault(t.getQuoteId(), 0),
                        t.getAction(), t.getLevel(), t.getActor(), t.getAt(), t.getComment(), t.getRule(),
                        t.getRuleZh()))
                .toList();
        String priceListName = catalogue.priceListName(quote.getPriceListId()).orElse(null);
        // The lines last: loaded before the queries above, each query's flush would check all of them.
        List<QuoteLine> lines = quote.getLines().stream().map(l -> new QuoteLine(l.getPosition(), l.getProductId(),
                l.getProductCode(), l.getProductNameEn(), l.getProductNameZh(), l.getUnit(), l.getQuantity(),
                l.getListPrice(), l.getUnitPrice(), l.getDiscountPercent(), l.getTaxRate(), l.getGross(), l.getNet(),
                l.getTax(), cost ? l.getUnitCost() : null, cost ? l.getCost() : null)).toList();
        return new QuoteDetails(summary, quote.getPriceListId(), priceListName, quote.getLanguage(),
                quote.getPaymentTermsDays(), quote.getTerms(), lines, totals, entries,
                versions.stream().map(summaries::get).toList(), quote.approvalsPending(), quote.getSubmittedBy(),
                quote.getSentAt(), quote.getAnsweredAt(), quote.getRejectReason(), quote.getRejectNote(),
                actions, quote.getHeaderDiscountPercent());
    }

}
