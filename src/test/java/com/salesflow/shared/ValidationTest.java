package com.salesflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void an_email_needs_one_at_sign_a_dotted_domain_no_spaces_and_at_most_200_characters() {
        assertThat(Validation.isEmail("wang.fang@salesflow.example")).isTrue();
        assertThat(Validation.isEmail("采购@华东机械.中国")).isTrue();
        assertThat(Validation.isEmail("no-at-sign")).isFalse();
        assertThat(Validation.isEmail("a@b@c.com")).isFalse();
        assertThat(Validation.isEmail("wang fang@salesflow.example")).isFalse();
        assertThat(Validation.isEmail("wang@localhost")).isFalse();
        assertThat(Validation.isEmail(null)).isFalse();
        assertThat(Validation.isEmail("a".repeat(188) + "@example.com")).isTrue();
        assertThat(Validation.isEmail("a".repeat(189) + "@example.com")).isFalse();
    }

    @Test
    void a_phone_has_5_to_20_digits_with_spaces_brackets_dashes_and_a_leading_plus() {
        assertThat(Validation.isPhone("95588")).isTrue();
        assertThat(Validation.isPhone("+86 (21) 6123-4567")).isTrue();
        assertThat(Validation.isPhone("13912345678")).isTrue();
        assertThat(Validation.isPhone("1234")).isFalse();
        assertThat(Validation.isPhone("139-1234-5678 ext")).isFalse();
        assertThat(Validation.isPhone("86+139")).isFalse();
        assertThat(Validation.isPhone("1".repeat(21))).isFalse();
        assertThat(Validation.isPhone(null)).isFalse();
    }
}
