package com.salesflow.revisit.internal;

import com.salesflow.customer.CareRecipients;
import com.salesflow.customer.CareRecipients.CareRecipient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the care greetings of the coming days: one per recipient, occasion and year (the table's unique key makes
 * sure of it even if two runs overlap), at most {@code salesflow.greetings.daily-batch} a run.
 */
@Service
@Transactional
@EnableConfigurationProperties(GreetingProperties.class)
class GreetingService {

    private static final Logger log = LoggerFactory.getLogger(GreetingService.class);
    private static final int PAGE = 500;

    private final GreetingRepository greetings;
    private final GreetingTemplateRepository templates;
    private final CareRecipients recipients;
    private final GreetingProperties properties;
    private final Clock clock;

    GreetingService(GreetingRepository greetings, GreetingTemplateRepository templates, CareRecipients recipients,
            GreetingProperties properties, Clock clock) {
        this.greetings = greetings;
        this.templates = templates;
        this.recipients = recipients;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return RevisitSteps.now().atZone(clock.getZone()).toLocalDate();
    }

    /** @return the ids of the greetings created now, for occasions from {@code today} to days-ahead later */
    List<Long> createDue(LocalDate today) {
        List<Long> created = new ArrayList<>();
        for (int ahead = 0; ahead <= properties.daysAhead(); ahead++) {
            LocalDate day = today.plusDays(ahead);
            for (CareRecipient recipient : recipients.birthdaysOn(MonthDay.from(day))) {
                create(recipient, Occasion.BIRTHDAY, day, created);
            }
            for (Occasion holiday : Occasion.values()) {
                if (day.equals(holiday.dateIn(day.getYear()))) {
                    long after = 0;
                    List<CareRecipient> page;
                    do {
                        page = recipients.addressees(after, PAGE);
                        for (CareRecipient recipient : page) {
                            create(recipient, holiday, day, created);
                        }
                        after = page.isEmpty() ? after : page.get(page.size() - 1).customerId();
                    } while (page.size() == PAGE && created.size() < properties.dailyBatch());
                }
            }
        }
        log.info("Care greetings: {} created", created.size());
        return created;
    }

    private void create(CareRecipient recipient, Occasion occasion, LocalDate day, List<Long> created) {
        long contactKey = recipient.contactId() == null ? GreetingRecord.THE_CUSTOMER : recipient.contactId();
        if (created.size() >= properties.dailyBatch() || greetings
                .existsByCustomerIdAndContactKeyAndOccasionAndOccasionYear(recipient.customerId(), contactKey,
                        occasion, day.getYear())) {
            return;
        }
        String language = languageOf(recipient.name());
        String body = templates.findByOccasionAndLanguage(occasion, language)
                .or(() -> templates.findByOccasionAndLanguage(occasion, "en"))
                .map(t -> t.fill(recipient.name(), recipient.company(), occasion.label(language)))
                .orElse(occasion.label(language) + ": " + recipient.name());
        created.add(greetings.save(new GreetingRecord(recipient.customerId(), recipient.contactId(), occasion, day,
                recipient.name(), recipient.owner(), language, body, RevisitSteps.now())).getId());
    }

    /**
     * Contacts have no language of their own: a name written in Chinese characters gets the Chinese text, any other
     * the English one.
     */
    static String languageOf(String name) {
        return name != null && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) ? "zh" : "en";
    }

    GreetingRecord greeting(long id) {
        return greetings.findById(id).orElseThrow(() -> new IllegalStateException("No greeting " + id));
    }

    void sent(long id) {
        greeting(id).sent(RevisitSteps.now());
    }
}
