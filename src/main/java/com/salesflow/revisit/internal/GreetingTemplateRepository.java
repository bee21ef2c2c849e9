package com.salesflow.revisit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GreetingTemplateRepository extends JpaRepository<GreetingTemplateRecord, Long> {

    Optional<GreetingTemplateRecord> findByOccasionAndLanguage(Occasion occasion, String language);

    List<GreetingTemplateRecord> findAllByOrderByOccasionAscLanguageAsc();
}
