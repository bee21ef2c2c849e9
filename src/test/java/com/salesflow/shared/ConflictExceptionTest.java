package com.salesflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConflictExceptionTest {

    @Test
    void a_missing_or_old_version_is_a_stale_conflict() {
        ConflictException.requireVersion(3L, 3, "stale");
        assertThatThrownBy(() -> ConflictException.requireVersion(2L, 3, "stale"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ConflictException.STALE);
                    assertThat(e.getMessage()).isEqualTo("stale");
                });
        assertThatThrownBy(() -> ConflictException.requireVersion(null, 0, "stale"))
                .isInstanceOf(ConflictException.class);
    }
}
