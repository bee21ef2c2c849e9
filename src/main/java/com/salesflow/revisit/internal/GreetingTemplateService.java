package com.salesflow.revisit.internal;

import com.salesflow.revisit.GreetingTemplates;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class GreetingTemplateService implements GreetingTemplates {

    static final int MAX_BODY = 1000;

    private final GreetingTemplateRepository templates;

    GreetingTemplateService(GreetingTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    @Transactional(readOnly = true)
    public List<GreetingTemplateView> list() {
        return templates.findAllByOrderByOccasionAscLanguageAsc().stream().map(GreetingTemplateService::view).toList();
    }

    @Override
    @PreAuthorize("hasRole('admins')")
    public GreetingTemplateView update(long id, String body, long version) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_BODY) {
            throw InvalidInputException.of("body", "greeting.body", "Write the greeting, up to 1000 characters.");
        }
        if (!text.contains("{name}")) {
            throw InvalidInputException.of("body", "greeting.name",
                    "Keep {name} in the text: greetings address the person by name.");
        }
        GreetingTemplateRecord template = templates.findById(id)
                .orElseThrow(() -> new NotFoundException("No greeting template " + id));
        if (template.getVersion() != version) {
            throw new ConflictException("greeting.stale", "Someone changed this template meanwhile; reload it.");
        }
        template.rewrite(text);
        return view(templates.saveAndFlush(template));
    }

    private static GreetingTemplateView view(GreetingTemplateRecord t) {
        return new GreetingTemplateView(t.getId(), t.getOccasion().name(), t.getLanguage(), t.getBody(),
                t.getVersion());
    }
}
