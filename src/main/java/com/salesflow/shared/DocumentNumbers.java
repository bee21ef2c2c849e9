package com.salesflow.shared;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Year;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Yearly document numbers such as QT-2026-00001 (quotes), HT-2026-00001 (contracts), DD-2026-00001 (orders). The counter row of a prefix and year is incremented in the
 * caller's transaction, which holds its row lock until commit: two quotes never get the same number, and a rolled
 * back one gives its number back.
 */
@Component
public class DocumentNumbers {

    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    DocumentNumbers(EntityManager entityManager, Clock clock, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        int year = Year.now(clock).getValue();
        String name = prefix + "-" + year;
        if (increment(name) == 0) {
            createCounter(name);
            increment(name);
        }
        Number value = (Number) counterQuery("select last_value from sf_document_number where name = ?1")
                .setParameter(1, name).getSingleResult();
        return String.format("%s-%d-%05d", prefix, year, value.longValue());
    }

    private int increment(String name) {
        return counterQuery("update sf_document_number set last_value = last_value + 1 where name = ?1")
                .setParameter(1, name).executeUpdate();
    }

    /**
     * A native query on the counter table only: without naming it, Hibernate flushes the whole session first, which
     * for a quote of many lines means checking every loaded entity.
     */
    private jakarta.persistence.Query counterQuery(String sql) {
        return entityManager.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("sf_document_number");
    }

    /** The year's counter at 0, committed on its own; another node creating it at the same time is fine. */
    private void createCounter(String name) {
        try {
            ownTransaction.executeWithoutResult(status -> entityManager.createNativeQuery(
                    "insert into sf_document_number (name, last_value) values (?1, 0)")
                    .setParameter(1, name).executeUpdate());
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // The other one's row serves.
        }
    }
}
