package com.salesflow.revisit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.contract.ContractFixtures;
import com.salesflow.customer.ContactForm;
import com.salesflow.customer.CustomerClasses;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.revisit.GreetingTemplates;
import com.salesflow.revisit.GreetingTemplates.GreetingTemplateView;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code care-greetings} with the real engine and database: a birthday greeting task for the owner, in the contact's
 * language, created once even when the job runs twice, none for a dropped customer; holiday greetings once per customer and year.
 */
@IntegrationTest
class GreetingsIT {

    @Autowired
    ContractFixtures fixtures;
    @Autowired
    Customers customers;
    @Autowired
    GreetingService greetings;
    @Autowired
    GreetingRepository records;
    @Autowired
    TaskService engineTasks;
    @Autowired
    GreetingTemplates templates;
    @Autowired
    ManagementService management;
    @Autowired
    CustomerClasses classes;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_birthday_gives_the_owner_one_greeting_task_in_the_contacts_language_even_when_the_job_runs_twice() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        LocalDate birthday = today.plusDays(2).minusYears(35);
        if (birthday.getMonthValue() == 2 && birthday.getDayOfMonth() == 29) {
            birthday = birthday.minusDays(1);
        }
        long customer = customer();
        String name = "王" + ContractFixtures.unique().substring(0, 4) + "丽";
        fixtures.signIn("sales1");
        customers.addContact(customer, new ContactForm(name, "采购经理", null, null, birthday, null, null));
        customers.addContact(customer, new ContactForm("Anna Smith " + ContractFixtures.unique(), "Buyer", null, null,
                birthday, null, null));
        long dropped = customer();
        fixtures.signIn("sales1");
        customers.addContact(dropped, new ContactForm("Lost Contact " + ContractFixtures.unique(), "Buyer", null, null,
                birthday, null, null));
        classes.markDropped(dropped, true);
        SecurityContextHolder.clearContext();

        runDailyJob();
        runDailyJob();

        List<Task> tasks = engineTasks.createTaskQuery().processDefinitionKey("care-greetings")
                .taskVariableValueEquals("customerId", customer).list();
        assertThat(tasks).hasSize(2).allSatisfy(task -> {
            assertThat(task.getAssignee()).isEqualTo("sales1");
            assertThat(task.getDueDate()).isAfter(new Date());
        });
        List<String> texts = tasks.stream().map(t -> (String) engineTasks.getVariable(t.getId(), "greetingText"))
                .toList();
        assertThat(texts).anySatisfy(text -> assertThat(text).startsWith(name + "您好").contains("生日快乐"));
        assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("Dear Anna Smith").contains("happy birthday"));
        assertThat(records.findByCustomerIdOrderByOccasionDateDesc(customer)).hasSize(2)
                .allSatisfy(g -> assertThat(g.getOccasion()).isEqualTo(Occasion.BIRTHDAY));
        assertThat(records.findByCustomerIdOrderByOccasionDateDesc(dropped)).as("a dropped customer gets no effort")
                .isEmpty();

        engineTasks.complete(tasks.get(0).getId());
        assertThat(records.findByCustomerIdOrderByOccasionDateDesc(customer))
                .anySatisfy(g -> assertThat(g.getStatus()).isEqualTo("DONE"));
    }

    @Test
    void a_holiday_gives_each_customer_one_greeting_a_year() {
        long customer = customer();
        LocalDate beforeMidAutumn = LocalDate.of(2027, 9, 13);

        for (int run = 0; run < 100 && records.findByCustomerIdOrderByOccasionDateDesc(customer).isEmpty(); run++) {
            greetings.createDue(beforeMidAutumn);
        }
        greetings.createDue(beforeMidAutumn);
        greetings.createDue(beforeMidAutumn.plusDays(1));

        assertThat(records.findByCustomerIdOrderByOccasionDateDesc(customer)).singleElement().satisfies(g -> {
            assertThat(g.getOccasion()).isEqualTo(Occasion.MID_AUTUMN);
            assertThat(g.getOccasionDate()).isEqualTo(LocalDate.of(2027, 9, 15));
            assertThat(g.getOwner()).isEqualTo("sales1");
            assertThat(g.getLanguage()).isEqualTo("en");
            assertThat(g.getBody()).contains("Mid-Autumn Festival");
        });
    }

    @Test
    void administrators_reword_a_template_with_the_name_kept_and_the_version_current() {
        fixtures.signIn("sales1");
        assertThatThrownBy(() -> templates.list()).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn("admin");
        GreetingTemplateView birthday = templates.list().stream()
                .filter(t -> t.occasion().equals("BIRTHDAY") && t.language().equals("en")).findFirst().orElseThrow();
        assertThatThrownBy(() -> templates.update(birthday.id(), "Happy birthday!", birthday.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("greeting.name"));

        GreetingTemplateView changed = templates.update(birthday.id(), birthday.body() + " ", birthday.version());
        assertThat(changed.version()).isGreaterThanOrEqualTo(birthday.version());
        assertThatThrownBy(() -> templates.update(birthday.id(), "Dear {name}, happy birthday!",
                birthday.version() - 1)).isInstanceOf(ConflictException.class);
    }

    @Test
    void names_in_chinese_characters_get_the_chinese_text() {
        assertThat(GreetingService.languageOf("李明")).isEqualTo("zh");
        assertThat(GreetingService.languageOf("Li Ming")).isEqualTo("en");
    }

    private long customer() {
        fixtures.signIn("sales1");
        CustomerForm form = new CustomerForm();
        form.setType(CustomerType.COMPANY);
        form.setName("Greeting Test Works " + ContractFixtures.unique());
        form.setPhone("+86 21 " + ContractFixtures.unique().substring(0, 8));
        form.setGrade(Grade.ORDINARY);
        long id = customers.create(form).id();
        SecurityContextHolder.clearContext();
        return id;
    }

    /** Fires the daily timer as the job executor would. */
    private void runDailyJob() {
        Job timer = management.createJobQuery().processDefinitionKey("care-greetings").timers().singleResult();
        management.executeJob(timer.getId());
    }
}
