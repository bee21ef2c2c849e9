package com.salesflow.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two records are recognised as the same company or phone: customers among themselves (duplicates, imports,
 * merge) and leads against leads and customers.
 */
public final class MatchKeys {

    /** Legal forms that do not tell companies apart: "华东机械有限公司" and "华东机械" are the same company. */
    public static final Pattern LEGAL_FORMS = Pattern.compile(
            "有限责任公司|股份有限公司|有限公司|集团|公司|co\\.?,? ?ltd\\.?|inc\\.?|llc|gmbh|ltd\\.?|limited|corp\\.?");

    private MatchKeys() {
    }

    /** The name in lower case without legal forms, spaces and punctuation; empty when nothing is left. */
    public static String company(String name) {
        return LEGAL_FORMS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("")
                .replaceAll("[\\s\\p{Punct}，。（）()]", "");
    }

    /** The digits of a phone number without China's country code; null when it has none. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }
}
