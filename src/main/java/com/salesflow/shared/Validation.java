package com.salesflow.shared;

import java.util.regex.Pattern;

/** Format rules that several features check the same way. */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MAX_EMAIL_LENGTH = 200;

    private Validation() {
    }

    /** Something@domain.tld of at most 200 characters, without spaces; deliberately lenient. */
    public static boolean isEmail(String text) {
        return text != null && text.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(text).matches();
    }
}
