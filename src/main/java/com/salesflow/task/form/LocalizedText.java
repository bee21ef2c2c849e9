package com.salesflow.task.form;

import java.util.Locale;

/**
 * A text of a form in English and Simplified Chinese. The form's own text (a {@code label}, {@code description},
 * {@code text}) is the English one; the Chinese one comes from a custom property (see {@link FormSchema}). A text
 * written bilingually in the form ("Plan / 跟进计划") has no Chinese property and reads the same in both languages.
 *
 * @param en the text as the form states it; null when the form has none
 * @param zh the zh-CN text; null when the form gives none
 */
public record LocalizedText(String en, String zh) {

    public static final LocalizedText NONE = new LocalizedText(null, null);

    public static LocalizedText of(String en, String zh) {
        String english = blankToNull(en);
        String chinese = blankToNull(zh);
        return english == null && chinese == null ? NONE : new LocalizedText(english, chinese);
    }

    /** The Chinese text for any {@code zh} locale when there is one, else the English text; null when neither. */
    public String in(Locale locale) {
        if (zh != null && locale != null && "zh".equals(locale.getLanguage())) {
            return zh;
        }
        return en != null ? en : zh;
    }

    public boolean isEmpty() {
        return en == null && zh == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
