package com.salesflow.quote.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Adds working time to an instant: only the hours between {@code start} and {@code end} of working days count, so
 * that 8 working hours from Friday 16:00 end on Monday at 15:00 (9–18). Pure: no clock, no holidays.
 */
record WorkingTime(LocalTime start, LocalTime end, Set<DayOfWeek> days, ZoneId zone) {

    WorkingTime {
        if (days.isEmpty() || !start.isBefore(end)) {
            throw new IllegalArgumentException("Working time needs working days and a start before the end");
        }
    }

    Instant plus(Instant from, Duration workingTime) {
        LocalDateTime at = LocalDateTime.ofInstant(from, zone);
        Duration left = workingTime;
        while (true) {
            if (!days.contains(at.getDayOfWeek()) || !at.toLocalTime().isBefore(end)) {
                at = nextWorkingDay(at.toLocalDate().plusDays(1).atTime(start));
                continue;
            }
            if (at.toLocalTime().isBefore(start)) {
                at = at.toLocalDate().atTime(start);
            }
            Duration restOfDay = Duration.between(at.toLocalTime(), end);
            if (left.compareTo(restOfDay) <= 0) {
                return at.plus(left).atZone(zone).toInstant();
            }
            left = left.minus(restOfDay);
            at = at.toLocalDate().plusDays(1).atTime(start);
        }
    }

    private LocalDateTime nextWorkingDay(LocalDateTime at) {
        LocalDateTime next = at;
        while (!days.contains(next.getDayOfWeek())) {
            next = next.plusDays(1);
        }
        return next;
    }
}
