package com.salesflow.revisit.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a greeting is for. Spring Festival and Mid-Autumn follow the lunar calendar: their dates come from a table
 * for 2026–2028; a year outside it has no such greeting until the table is extended.
 */
enum Occasion {
    BIRTHDAY("birthday", "生日"),
    NEW_YEAR("New Year", "元旦"),
    SPRING_FESTIVAL("Spring Festival", "春节"),
    MID_AUTUMN("Mid-Autumn Festival", "中秋节"),
    NATIONAL_DAY("National Day", "国庆节");

    private static final Map<Integer, LocalDate> SPRING_FESTIVALS = Map.of(
            2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26));
    private static final Map<Integer, LocalDate> MID_AUTUMN_FESTIVALS = Map.of(
            2026, LocalDate.of(2026, 9, 25), 2027, LocalDate.of(2027, 9, 15), 2028, LocalDate.of(2028, 10, 3));

    private final String english;
    private final String chinese;

    Occasion(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    String label(String language) {
        return "zh".equals(language) ? chinese : english;
    }

    /** The holiday's date in that year, or null (birthdays, and lunar holidays outside the table). */
    LocalDate dateIn(int year) {
        return switch (this) {
            case BIRTHDAY -> null;
            case NEW_YEAR -> LocalDate.of(year, 1, 1);
            case NATIONAL_DAY -> LocalDate.of(year, 10, 1);
            case SPRING_FESTIVAL -> SPRING_FESTIVALS.get(year);
            case MID_AUTUMN -> MID_AUTUMN_FESTIVALS.get(year);
        };
    }
}
