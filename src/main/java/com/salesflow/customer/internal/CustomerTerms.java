package com.salesflow.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.LinkedHashSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code sf_customer_term} in step with customers and their contacts (see {@link SearchTerms}). */
@Component
class CustomerTerms {


    /** The customers a text search considers at most; more means "refine the search". */
    static final int MATCH_LIMIT = 200;

    /** Ids of the customers whose terms start with every word; {@code truncated} when there were more. */
    record Matches(Set<Long> ids, boolean truncated) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ContactRepository contacts;
    private final MultiRowInserts inserts;

    CustomerTerms(JdbcTemplate jdbc, ContactRepository contacts, MultiRowInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.contacts = contacts;
    }

    /** Which key found the customer: 1 phone, 2 e-mail, 3 company name; the lowest wins. */
    record FirstMatch(long customerId, int key) {
    }

    /**
     * The customer a new lead or contact matches: the lowest id with the phone term, else with the e-mail term,
     * else with the company name key. One statement of up to three indexed look-ups (a lead intake made three
     * round trips and loaded two entities for it).
     */
    java.util.Optional<FirstMatch> firstMatch(String phoneTerm, String emailTerm, String companyKey) {
        List<String> parts = new ArrayList<>(3);
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (phoneTerm != null) {
            parts.add("select 1 as k, min(customer_id) as id from sf_customer_term where term = :phone");
            parameters.put("phone", phoneTerm);
        }
        if (emailTerm != null) {
            parts.add("select 2 as k, min(customer_id) as id from sf_customer_term where term = :email");
            parameters.put("email", emailTerm);
        }
        if (companyKey != null) {
            parts.add("select 3 as k, min(id) as id from sf_customer where name_key = :company");
            parameters.put("company", companyKey);
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<FirstMatch> found = new ArrayList<>();
        named.query(String.join(" union all ", parts), parameters, row -> {
            long id = row.getLong(2);
            if (!row.wasNull()) {
                found.add(new FirstMatch(id, row.getInt(1)));
            }
        });
        return found.stream().min(Comparator.comparingInt(FirstMatch::key));
    }

    /**
     * The customers matching every word. Each word's matches are read up to the limit from the term index; the
     * smallest set is then checked against the other words. A search as broad as "上海" among a million
     * customers therefore costs some hundred index entries, not thirty thousand rows, and says it was truncated.
     */
    Matches matching(List<String> words) {
        if (words.isEmpty()) {
            return new Matches(Set.of(), false);
        }
        record WordMatches(String word, Set<Long> ids) {
        }
        List<WordMatches> perWord = new ArrayList<>();
        for (String word : words) {
            Set<Long> ids = new LinkedHashSet<>();
            jdbc.query(connection -> {
                PreparedStatement select = connection.prepareStatement(
                        "select customer_id from sf_customer_term where term like ? escape '!'");
                select.setString(1, likePrefix(word));
                select.setMaxRows(MATCH_LIMIT * 2);
                return select;
            }, (RowCallbackHandler) row -> {
                if (ids.size() <= MATCH_LIMIT) {
                    ids.add(row.getLong(1));
                }
            });
            if (ids.isEmpty()) {
                return new Matches(Set.of(), false);
            }
            perWord.add(new WordMatches(word, ids));
        }
        perWord.sort(Comparator.comparingInt(matches -> matches.ids().size()));
        Set<Long> ids = perWord.get(0).ids();
        boolean truncated = ids.size() > MATCH_LIMIT;
        for (int w = 1; w < perWord.size() && !ids.isEmpty(); w++) {
            Set<Long> other = perWord.get(w).ids();
            if (other.size() <= MATCH_LIMIT) {
                ids.retainAll(other);
            } else {
                ids = new LinkedHashSet<>(named.queryForList("""
                        select distinct customer_id from sf_customer_term
                        where customer_id in (:ids) and term like :prefix escape '!'""",
                        Map.of("ids", ids, "prefix", likePrefix(perWord.get(w).word())), Long.class));
            }
        }
        if (truncated) {
            ids = new LinkedHashSet<>(ids.stream().limit(MATCH_LIMIT).toList());
        }
        return new Matches(ids, truncated);
    }

    private static String likePrefix(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Replaces the terms of a saved (flushed) customer, in the caller's transaction. */
    void index(Customer customer) {
        jdbc.update("delete from sf_customer_term where customer_id = ?", customer.getId());
        Set<String> terms = SearchTerms.of(customer.getName(), customer.getPhone(), customer.getEmail(),
                contacts.findByCustomerIdOrderByName(customer.getId()));
        insert(Map.of(customer.getId(), terms));
    }

    /** Terms of customers that have none yet (new customers written in one batch). */
    void insert(Map<Long, ? extends Collection<String>> termsByCustomer) {
        List<Object[]> rows = new ArrayList<>();
        termsByCustomer.forEach((id, terms) -> terms.forEach(term -> rows.add(new Object[] {term, id})));
        inserts.insert("sf_customer_term", List.of("term", "customer_id"), rows);
    }
}
