package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class CustomerMergeIT {

    @Autowired
    Customers customers;

    private CustomerDetails create(String name, String phone, String email, Set<String> tags) {
        CustomerForm form = new CustomerForm();
        form.setName(name);
        form.setPhone(phone);
        form.setEmail(email);
        form.setTags(tags);
        return customers.create(form);
    }

    @Test
    @WithMockUser(username = "supervisor", roles = Roles.SUPERVISORS)
    void duplicates_are_found_by_phone_email_and_company_name_and_merged_without_losing_anything() {
        String unique = Long.toString(System.nanoTime(), 36);
        CustomerDetails keep = create("华东精工" + unique + "有限公司", "+86 21 6000 " + unique.substring(0, 4).replaceAll(
                "\\D", "1"), null, Set.of("VIP"));
        CustomerDetails sameName = create("上海华东精工" + unique + "集团", null, null, Set.of("export"));
        CustomerDetails samePhone = create("Other Name " + unique, keep.phone().replace(" ", "-"), null, Set.of());
        CustomerDetails sameEmail = create("Third " + unique, null, "buyer." + unique + "@example.com", Set.of());
        CustomerDetails keepWithEmail = create("Fourth " + unique, null, "BUYER." + unique + "@EXAMPLE.COM", Set.of());
        CustomerDetails unrelated = create("Unrelated Trading " + unique, null, null, Set.of());
        customers.addContact(sameName.id(), new ContactForm("Gao Lin 高琳", "Buyer", null, null, null, "user", null));
        customers.addContactRecord(sameName.id(), new ContactRecordForm(ContactChannel.VISIT, null, null,
                "Visited the plant", null, null, null, null));

        assertThat(customers.possibleDuplicates(keep.id())).extracting(CustomerSummary::id)
                .contains(sameName.id(), samePhone.id()).doesNotContain(unrelated.id(), keep.id());
        assertThat(customers.possibleDuplicates(sameEmail.id())).extracting(CustomerSummary::id)
                .contains(keepWithEmail.id());

        CustomerDetails current = customers.get(keep.id());
        CustomerDetails duplicate = customers.get(sameName.id());
        CustomerDetails merged = customers.merge(current.id(), current.version(), duplicate.id(),
                duplicate.version());

        assertThat(merged.tags()).containsExactlyInAnyOrder("VIP", "export");
        assertThat(merged.lastFollowUpAt()).isNotNull();
        assertThat(customers.contacts(keep.id())).extracting(ContactView::name).contains("Gao Lin 高琳");
        assertThat(customers.timeline(keep.id())).extracting(ContactRecordView::summary).contains("Visited the plant");
        assertThat(customers.ownershipHistory(keep.id())).extracting(OwnershipChangeView::reason)
                .contains(OwnershipChangeReason.CREATED, OwnershipChangeReason.MERGED);
        assertThatThrownBy(() -> customers.get(sameName.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(username = "supervisor", roles = Roles.SUPERVISORS)
    void a_merge_based_on_a_stale_version_changes_nothing() {
        String unique = Long.toString(System.nanoTime(), 36);
        CustomerDetails keep = create("Stale Merge " + unique, null, null, Set.of());
        CustomerDetails duplicate = create("Stale Merge " + unique + " Ltd", null, null, Set.of());
        customers.addContactRecord(duplicate.id(), new ContactRecordForm(ContactChannel.CALL, null, null,
                "Changed meanwhile", null, null, null, null));

        assertThatThrownBy(() -> customers.merge(keep.id(), keep.version(), duplicate.id(), duplicate.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(customers.get(duplicate.id()).name()).isEqualTo(duplicate.name());
    }

    @Test
    @WithMockUser(username = "sales1", roles = Roles.SALES)
    void a_salesperson_may_not_merge() {
        String unique = Long.toString(System.nanoTime(), 36);
        CustomerDetails keep = create("No Merge " + unique, null, null, Set.of());
        CustomerDetails duplicate = create("No Merge " + unique + " Co", null, null, Set.of());

        assertThatThrownBy(() -> customers.merge(keep.id(), keep.version(), duplicate.id(), duplicate.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(customers.get(duplicate.id())).isNotNull();
    }
}
