package com.salesflow.revisit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RevisitScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant DELIVERED = ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, SHANGHAI).toInstant();

    @Test
    void a_key_customer_is_revisited_after_3_and_30_days_then_quarterly_for_a_year() {
        RevisitSchedule key = RevisitSchedule.parse("P3D,P30D", "P90D", "P1Y");

        assertThat(day(key, 1)).isEqualTo("2026-03-04");
        assertThat(day(key, 2)).isEqualTo("2026-03-31");
        assertThat(day(key, 3)).isEqualTo("2026-06-29");
        assertThat(day(key, 4)).isEqualTo("2026-09-27");
        assertThat(day(key, 5)).isEqualTo("2026-12-26");
        assertThat(key.dueAt(DELIVERED, 6, SHANGHAI)).isNull();
    }

    @Test
    void an_ordinary_customer_is_revisited_after_a_week_and_half_a_year_later() {
        RevisitSchedule ordinary = RevisitSchedule.parse("P7D", "P180D", "P1Y");

        assertThat(day(ordinary, 1)).isEqualTo("2026-03-08");
        assertThat(day(ordinary, 2)).isEqualTo("2026-09-04");
        assertThat(ordinary.dueAt(DELIVERED, 3, SHANGHAI)).isNull();
    }

    private static String day(RevisitSchedule schedule, int seq) {
        return schedule.dueAt(DELIVERED, seq, SHANGHAI).atZone(SHANGHAI).toLocalDate().toString();
    }
}
