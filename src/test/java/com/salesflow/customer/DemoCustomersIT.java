package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.identity.Roles;
import com.salesflow.support.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class DemoCustomersIT {

    @Autowired
    Customers customers;

    @Test
    @WithMockUser(username = "director", roles = Roles.DIRECTORS)
    void the_demo_run_has_a_living_customer_base_across_grades_owners_and_the_pool() {
        assertThat(customers.count(CustomerFilter.any())).isGreaterThanOrEqualTo(200);
        assertThat(customers.countPool(CustomerFilter.any())).isGreaterThanOrEqualTo(20);
        for (Grade grade : Grade.values()) {
            assertThat(customers.count(new CustomerFilter(null, null, grade, null, null, null, false)))
                    .as("customers of grade %s", grade).isPositive();
        }
        for (String owner : Arrays.asList("sales1", "sales2", "sales3", "supervisor", "supervisor2")) {
            assertThat(customers.count(new CustomerFilter(null, owner, null, null, null, null, false)))
                    .as("customers of %s", owner).isGreaterThanOrEqualTo(10);
        }
        var everyone = customers.search(CustomerFilter.any(), PageRequest.of(0, 1000)).getContent();
        assertThat(everyone).anyMatch(customer -> customer.name().endsWith("有限公司"))
                .anyMatch(customer -> customer.name().endsWith("Co., Ltd."))
                .anyMatch(customer -> customer.type() == CustomerType.PERSON);
    }

    @Test
    @WithMockUser(username = "sales1", roles = Roles.SALES)
    void a_salesperson_opens_their_demo_customers_with_contacts_and_a_timeline() {
        CustomerSummary withTimeline = customers.search(new CustomerFilter(null, "sales1", null, null, null, null,
                false), PageRequest.of(0, 100)).stream().filter(customer -> customer.lastFollowUpAt() != null)
                .findFirst().orElseThrow();

        assertThat(customers.timeline(withTimeline.id())).isNotEmpty()
                .allSatisfy(record -> assertThat(record.summary()).isNotBlank());
        assertThat(customers.ownershipHistory(withTimeline.id())).first()
                .satisfies(change -> assertThat(change.reason()).isEqualTo(OwnershipChangeReason.CREATED));
    }
}
