package com.salesflow.quote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The approval SLA counts working hours only (9–18, Monday to Friday, Shanghai time here). */
class WorkingTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingTime workingTime = new WorkingTime(LocalTime.of(9, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), SHANGHAI);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void hours_within_a_working_day_are_added_as_they_are() {
        assertThat(workingTime.plus(at("2026-11-24T09:30"), Duration.ofHours(8))).isEqualTo(at("2026-11-24T17:30"));
        assertThat(workingTime.plus(at("2026-11-24T10:00"), Duration.ofHours(8))).isEqualTo(at("2026-11-24T18:00"));
    }

    @Test
    void what_is_left_at_the_end_of_the_day_goes_on_the_next_morning() {
        assertThat(workingTime.plus(at("2026-11-24T16:00"), Duration.ofHours(8))).isEqualTo(at("2026-11-25T15:00"));
    }

    @Test
    void weekends_and_nights_do_not_count() {
        // Friday 16:00 + 8 h: 2 h on Friday, 6 h on Monday.
        assertThat(workingTime.plus(at("2026-11-27T16:00"), Duration.ofHours(8))).isEqualTo(at("2026-11-30T15:00"));
        // Submitted on Saturday night: the clock starts on Monday at 9.
        assertThat(workingTime.plus(at("2026-11-28T22:00"), Duration.ofHours(8))).isEqualTo(at("2026-11-30T17:00"));
        // Submitted before opening: from 9.
        assertThat(workingTime.plus(at("2026-11-24T07:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-24T09:30"));
        // Sixteen hours from Thursday's close: all of Friday (9 h) and 7 h on Monday.
        assertThat(workingTime.plus(at("2026-11-26T18:00"), Duration.ofHours(16))).isEqualTo(at("2026-11-30T16:00"));
    }
}
