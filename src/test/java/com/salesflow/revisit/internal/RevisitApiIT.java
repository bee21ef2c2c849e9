package com.salesflow.revisit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.complaint.ComplaintFixtures;
import com.salesflow.contract.ContractFixtures;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code /api/revisits} with the demo users: a planned revisit of sales1's customer in the list of the service group
 * and of sales1, filtered by customer, status and grade; outside sales2's scope (404); login required (401).
 */
@IntegrationTest
class RevisitApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    ContractFixtures fixtures;
    @Autowired
    ComplaintFixtures complaintFixtures;
    @Autowired
    Customers customers;
    @Autowired
    RevisitProcess process;

    /** ShellBrowserIT locks the service user for the rest of a full run. */
    @BeforeEach
    void unlockService() {
        complaintFixtures.unlockService();
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_revisits_of_a_customer_are_listed_and_read_within_the_callers_scope() throws Exception {
        long customer = customer();
        process.start(customer, null, null, null, "sales1", Grade.KEY, true, RevisitSteps.now());

        JsonNode list = ok(Http.basic(port, "service", "demo")
                .get("/api/revisits?customerId=" + customer + "&status=PLANNED&grade=KEY"));
        assertThat(list.get("total").asLong()).isEqualTo(1);
        JsonNode revisit = list.get("items").get(0);
        assertThat(revisit.get("customerId").asLong()).isEqualTo(customer);
        assertThat(revisit.get("status").asText()).isEqualTo("PLANNED");
        assertThat(revisit.get("assignee").asText()).isEqualTo("sales1");
        assertThat(revisit.get("seq").asInt()).isEqualTo(1);
        long id = revisit.get("id").asLong();

        assertThat(ok(Http.basic(port, "sales1", "demo").get("/api/revisits/" + id)).get("customerName").asText())
                .startsWith("Revisit API Works");
        assertThat(ok(Http.basic(port, "service", "demo").get("/api/revisits?customerId=" + customer
                + "&status=DONE")).get("total").asLong()).isZero();
        assertThat(Http.basic(port, "sales2", "demo").get("/api/revisits/" + id).statusCode()).isEqualTo(404);
        assertThat(ok(Http.basic(port, "sales2", "demo").get("/api/revisits?customerId=" + customer))
                .get("total").asLong()).isZero();
        assertThat(Http.anonymous(port).get("/api/revisits").statusCode()).isEqualTo(401);
        assertThat(Http.basic(port, "service", "demo").get("/api/revisits?sort=bogus").statusCode()).isEqualTo(400);
    }

    private JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private long customer() {
        fixtures.signIn("sales1");
        CustomerForm form = new CustomerForm();
        form.setType(CustomerType.COMPANY);
        form.setName("Revisit API Works " + ContractFixtures.unique());
        form.setPhone("+86 21 " + ContractFixtures.unique().substring(0, 8));
        form.setGrade(Grade.KEY);
        long id = customers.create(form).id();
        SecurityContextHolder.clearContext();
        return id;
    }
}
