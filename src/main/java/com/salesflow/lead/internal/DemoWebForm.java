package com.salesflow.lead.internal;

import com.salesflow.customer.Source;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo run only: one web form with a published key (README), as public as the demo password, so that the
 * web-to-lead endpoint can be tried with curl at once. Real keys are random and shown once.
 */
@Component
@Order(121)
class DemoWebForm implements ApplicationRunner {

    static final String DEMO_KEY = "sfk_demo_web_site_key_not_secret";

    private static final Logger log = LoggerFactory.getLogger(DemoWebForm.class);

    private final WebFormRepository webForms;
    private final Clock clock;
    private final boolean demo;

    DemoWebForm(WebFormRepository webForms, Clock clock, @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.webForms = webForms;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || webForms.count() > 0) {
            return;
        }
        WebForm form = new WebForm("demo", clock.instant());
        form.configure("Demo web site", Source.WEB_FORM, List.of("http://localhost:3000"), null);
        form.issueKey(WebFormService.hash(DEMO_KEY), DEMO_KEY.substring(0, 12), clock.instant());
        webForms.save(form);
        // The key is in the README; the log says only that the form exists.
        log.info("Demo run: web form 'Demo web site' accepts leads at /api/public/leads");
    }
}
