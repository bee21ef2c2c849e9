package com.salesflow.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void chineseNamesAreFoundByAnyPartOfTwoOrMoreCharactersWithoutTheLegalForm() {
        Set<String> terms = SearchTerms.of("杭州西湖龙井茶业有限公司", null, null, List.of());

        assertThat(terms).contains("杭州西湖龙井茶业", "西湖龙井茶业", "龙井茶业", "茶业").doesNotContain("公司", "有限公司", "业");
        assertThat(SearchTerms.query("龙井")).containsExactly("龙井");
        assertThat(SearchTerms.query("西湖龙井茶业有限公司")).containsExactly("西湖龙井茶业");
        assertThat(terms).anyMatch(term -> term.startsWith("龙井"));
    }

    @Test
    void latinNamesAreWordsAndEveryQueryWordMustStartOne() {
        Set<String> terms = SearchTerms.of("Acme Trading Co., Ltd.", null, null, List.of());

        assertThat(terms).containsExactlyInAnyOrder("acme", "trading");
        assertThat(SearchTerms.query("ACME trad")).containsExactly("acme", "trad");
        assertThat(SearchTerms.query("Acme Ltd")).containsExactly("acme");
    }

    @Test
    void phonesAreFoundByTheirStartOrTheirLastEightSixOrFourDigits() {
        Set<String> terms = SearchTerms.of("X", "+86 138-1234-5678", null, List.of());

        assertThat(terms).containsExactlyInAnyOrder("x", "13812345678", "12345678", "345678", "5678");
        assertThat(SearchTerms.query("138 1234")).containsExactly("1381234");
        assertThat(SearchTerms.query("5678")).containsExactly("5678");
    }

    @Test
    void emailAddressesAndDomainsAndContactsAreTerms() {
        Contact contact = new Contact(1L);
        contact.update("张伟", null, "021-6123 4567", "zhang.wei@acme.example.cn", null, null);

        Set<String> terms = SearchTerms.of("Acme", null, "Info@Acme.example.cn", List.of(contact));

        assertThat(terms).contains("info@acme.example.cn", "acme.example.cn", "张伟", "02161234567", "61234567",
                "zhang.wei@acme.example.cn");
        assertThat(SearchTerms.query("Zhang.Wei@")).containsExactly("zhang.wei@");
    }

    @Test
    void longWordsAreCutToTheColumnWidthOnBothSides() {
        String word = "a".repeat(50);

        assertThat(SearchTerms.of(word, null, null, List.of())).containsExactly("a".repeat(SearchTerms.MAX_LENGTH));
        assertThat(SearchTerms.query(word)).containsExactly("a".repeat(SearchTerms.MAX_LENGTH));
        assertThat(SearchTerms.query("  ")).isEmpty();
    }
}
