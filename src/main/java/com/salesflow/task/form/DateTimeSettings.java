package com.salesflow.task.form;

/**
 * What a {@code datetime} field adds to a field. Values are ISO strings, as form-js and Camunda Tasklist store them
 * (see {@link FormDateTime}).
 *
 * @param subtype             date, time or both
 * @param timeLabel           {@code timeLabel} of a date-and-time field (its {@code dateLabel} is the field's label)
 * @param timeFormat          {@code timeSerializingFormat}: how times are written; form-js defaults to
 *                            {@link TimeFormat#UTC_OFFSET}
 * @param use24h              show times as 24 hours
 * @param disallowPassedDates refuse dates before today
 * @param timeInterval        minutes between the offered times; null for the default (15)
 */
public record DateTimeSettings(Subtype subtype, LocalizedText timeLabel, TimeFormat timeFormat, boolean use24h,
        boolean disallowPassedDates, Integer timeInterval) {

    public enum Subtype {
        DATE, TIME, DATETIME;

        public boolean hasDate() {
            return this != TIME;
        }

        public boolean hasTime() {
            return this != DATE;
        }
    }

    /** Form-js {@code timeSerializingFormat}: {@code utc_offset}, {@code utc_normalized}, {@code no_timezone}. */
    public enum TimeFormat {
        /** {@code 2025-03-01T09:30+08:00}, {@code 09:30+08:00}. */
        UTC_OFFSET,
        /** {@code 2025-03-01T01:30Z}, {@code 01:30Z}. */
        UTC_NORMALIZED,
        /** {@code 2025-03-01T09:30}, {@code 09:30}. */
        NO_TIMEZONE
    }
}
