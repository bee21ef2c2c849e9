package com.salesflow.quote;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Quotes (报价) of opportunities, in versions.
 *
 * <p>Scope: as opportunities, by the quote's owner (the opportunity's owner when v1 was made): a salesperson their
 * own, a supervisor their teams', directors, finance, legal, service and admins all; one outside the scope is a 404.
 * Writing (create, edit, new version, submit, send, answer) needs the sales or supervisors role within the scope, or
 * directors or admins; others who see it get 403.
 *
 * <p>Lines are priced on the server from the quote's price list on the day of the edit; bad input (quantity ≤ 0,
 * discount outside 0–100, an expired price list, a price below the allowed floor under cost) is a 400 with field
 * errors ({@code lines[2].discountPercent}) and nothing saved. Edits carry the version read: a stale one is a 409.
 *
 * <p>Submitting starts (or, after a send-back, resumes) the {@code quote-approval} process; approvals happen in the
 * task list. Costs and margins are shown to admins, directors, supervisors and finance only.
 */
public interface Quotes {

    Page<QuoteSummary> list(QuoteFilter filter, Pageable pageable);

    long count(QuoteFilter filter);

    QuoteDetails get(long id);

    /** An ACCEPTED quote whoever asks, without costs: the contract drafted from it copies it (404 otherwise). */
    QuoteDetails accepted(long id);

    /** A new quote (v1, or the next version when the opportunity has one already) as a DRAFT; the opportunity moves to PROPOSAL. */
    QuoteDetails create(QuoteForm form);

    /** Edits a DRAFT (409 {@code quote.notDraft} otherwise). */
    QuoteDetails update(long id, QuoteForm form);

    /** A new DRAFT version copied from this one, lines re-priced from its price list today (409 when a draft exists). */
    QuoteDetails newVersion(long id);

    /** Submits a DRAFT for approval; when no approval is needed it is APPROVED at once. */
    QuoteDetails submit(long id, long version);

    /** Records that the APPROVED quote went to the customer (and mails it for MAIL): SENT; opportunity NEGOTIATION. */
    QuoteDetails send(long id, SendForm form);

    /** The customer accepted the SENT quote: contract approval starts when deployed, else the opportunity is won. */
    QuoteDetails accept(long id);

    /** The customer rejected the SENT quote; the opportunity is lost with that reason. */
    QuoteDetails reject(long id, CustomerAnswer answer);

    /** The quote as a PDF in its language (409 {@code quote.notApproved} before approval). */
    QuotePdf pdf(long id);

    /** Quotes of an opportunity, newest version first, in the caller's scope. */
    List<QuoteSummary> ofOpportunity(long opportunityId);

    /** Whether the caller may see costs and margins. */
    boolean showsCost();

    record QuotePdf(String fileName, byte[] content) {
    }
}
