package com.salesflow.shared;

import java.util.regex.Pattern;

/** Format rules that several features check the same way. */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\-\\s]{5,30}");
    public static final int MAX_EMAIL_LENGTH = 200;

    private Validation() {
    }

    /**
     * Digits with spaces, brackets and dashes and an optional leading plus; 5 to 20 digits: short service numbers
     * (95588) and extensions up to international numbers with area codes.
     */
    public static boolean isPhone(String text) {
        if (text == null || !PHONE.matcher(text).matches()) {
            return false;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return digits >= 5 && digits <= 20;
    }

    /** Something@domain.tld of at most 200 characters, without spaces; deliberately lenient. */
    public static boolean isEmail(String text) {
        return text != null && text.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(text).matches();
    }
}
