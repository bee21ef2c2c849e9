package com.salesflow.task.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The {@code validate} block of a field. Null means "no such rule".
 *
 * @param min       smallest number allowed (inclusive)
 * @param max       largest number allowed (inclusive)
 * @param minLength fewest characters of a non-empty text
 * @param maxLength most characters of a text
 * @param pattern   a regular expression the text must contain a match of, as form-js tests it ({@code RegExp.test});
 *                  anchor it with {@code ^...$} to match the whole text
 * @param format    {@code validationType}: e-mail or phone, or null
 */
public record FormRules(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
        Pattern pattern, TextFormat format) {

    public static final FormRules NONE = new FormRules(false, null, null, null, null, null, null);

    /** The form-js {@code validationType} values besides {@code custom} (which is the pattern). */
    public enum TextFormat {
        EMAIL, PHONE
    }
}
