package com.salesflow.revisit.internal;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * A grade's revisit series as the {@code revisit-schedule} table gives it: the first revisits at fixed offsets after
 * the delivery ({@code offsets}, e.g. P3D,P30D), then one every {@code repeatEvery} until {@code seriesLength} after
 * the delivery. Offsets are periods (days, months, years) counted in the company's time zone.
 */
record RevisitSchedule(List<Period> offsets, Period repeatEvery, Period seriesLength) {

    static RevisitSchedule parse(String offsets, String repeatEvery, String seriesLength) {
        return new RevisitSchedule(Arrays.stream(offsets.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Period::parse).toList(), Period.parse(repeatEvery.strip()), Period.parse(seriesLength.strip()));
    }

    /**
     * When revisit {@code seq} (from 1) of a series that started at {@code start} is due, or null when the series
     * ends before it.
     */
    Instant dueAt(Instant start, int seq, ZoneId zone) {
        var begin = start.atZone(zone);
        var due = seq <= offsets.size() ? begin.plus(offsets.get(seq - 1)) : begin.plus(offsets.get(offsets.size() - 1));
        for (int i = offsets.size(); i < seq; i++) {
            due = due.plus(repeatEvery);
        }
        return due.isAfter(begin.plus(seriesLength)) ? null : due.toInstant();
    }

    String offsetsText() {
        return String.join(",", offsets.stream().map(Period::toString).toList());
    }
}
