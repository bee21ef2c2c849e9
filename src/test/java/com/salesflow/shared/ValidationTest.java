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
}
