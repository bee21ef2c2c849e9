package com.salesflow.task.form;

import com.salesflow.task.form.DateTimeSettings.TimeFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/**
 * Datetime values as form-js writes them and Camunda Tasklist stores them: ISO strings, kept as strings in the
 * process. A date is {@code 2025-03-01}; a time {@code 09:30} plus, unless the field's {@code timeSerializingFormat}
 * is {@code no_timezone}, its offset ({@code 09:30+08:00}, or {@code 01:30Z} when {@code utc_normalized}); a date
 * and time joins both with {@code T}. Seconds are kept only when not zero.
 */
public final class FormDateTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("XXX");

    private FormDateTime() {
    }

    /**
     * Reads a value of a field with these settings: a {@link LocalDate}, {@link LocalTime}, {@link OffsetTime},
     * {@link LocalDateTime} or {@link OffsetDateTime}. Throws {@link DateTimeException} when the text does not have
     * the field's form (a missing or unexpected offset included).
     */
    public static Temporal parse(DateTimeSettings settings, String value) {
        if (value == null) {
            throw new DateTimeException("No value");
        }
        String text = value.strip();
        boolean offset = settings.timeFormat() != TimeFormat.NO_TIMEZONE;
        return switch (settings.subtype()) {
            case DATE -> LocalDate.parse(text);
            case TIME -> offset ? OffsetTime.parse(text) : LocalTime.parse(text);
            case DATETIME -> offset ? OffsetDateTime.parse(text) : LocalDateTime.parse(text);
        };
    }

    /** The value written the way form-js writes it for these settings; throws {@link DateTimeException}. */
    public static String normalize(DateTimeSettings settings, String value) {
        return format(settings, parse(settings, value));
    }

    /** A value as the user sees it in their time zone: a LocalDate, LocalTime or LocalDateTime. */
    public static Temporal toLocal(DateTimeSettings settings, String value, ZoneId zone) {
        Temporal parsed = parse(settings, value);
        if (parsed instanceof OffsetTime time) {
            return time.withOffsetSameInstant(currentOffset(zone)).toLocalTime();
        }
        if (parsed instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(zone).toLocalDateTime();
        }
        return parsed;
    }

    /** A LocalDate, LocalTime or LocalDateTime the user entered in their time zone, written for these settings. */
    public static String fromLocal(DateTimeSettings settings, Temporal local, ZoneId zone) {
        boolean offset = settings.timeFormat() != TimeFormat.NO_TIMEZONE;
        if (local instanceof LocalTime time && offset) {
            return format(settings, OffsetTime.of(time, currentOffset(zone)));
        }
        if (local instanceof LocalDateTime dateTime && offset) {
            return format(settings, dateTime.atZone(zone).toOffsetDateTime());
        }
        return format(settings, local);
    }

    /** The local date of a value, for "no date before today". */
    static LocalDate dateOf(Temporal value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return null;
    }

    private static String format(DateTimeSettings settings, Temporal value) {
        boolean normalized = settings.timeFormat() == TimeFormat.UTC_NORMALIZED;
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalTime time) {
            return time(time);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE.format(dateTime) + "T" + time(dateTime.toLocalTime());
        }
        if (value instanceof OffsetTime time) {
            OffsetTime written = normalized ? time.withOffsetSameInstant(ZoneOffset.UTC) : time;
            return time(written.toLocalTime()) + OFFSET.format(written);
        }
        if (value instanceof OffsetDateTime dateTime) {
            OffsetDateTime written = normalized ? dateTime.withOffsetSameInstant(ZoneOffset.UTC) : dateTime;
            return DATE.format(written) + "T" + time(written.toLocalTime()) + OFFSET.format(written);
        }
        throw new DateTimeException("Not a date or time: " + value);
    }

    private static String time(LocalTime time) {
        LocalTime seconds = time.truncatedTo(ChronoUnit.SECONDS);
        return seconds.getSecond() == 0 ? TIME.format(seconds) : TIME_SECONDS.format(seconds);
    }

    private static ZoneOffset currentOffset(ZoneId zone) {
        return zone.getRules().getOffset(Instant.now());
    }
}
