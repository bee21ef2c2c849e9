package com.salesflow.customer.internal;

import com.salesflow.customer.MatchKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a customer is found by, kept in {@code sf_customer_term} so that a search is an index range scan
 * ({@code term like 'x%'}) instead of a scan of every customer (docs/decisions/0003-customer-search.md).
 * <ul>
 * <li>Names (customer and contacts): each Latin word or number; for Chinese, which has no spaces, every suffix
 * of two or more characters, so that "西湖龙井" is found by "龙井" as well as by "西湖".</li>
 * <li>Phones: the digits, and their last 8, 6 and 4 digits: people type the start of a number, the number without
 * its area code, or its "tail" (尾号).</li>
 * <li>E-mail: the address and its domain.</li>
 * </ul>
 * A query is cut into words the same way; a customer matches when every query word starts one of its terms.
 */
final class SearchTerms {

    static final int MAX_LENGTH = 32;
    private static final Pattern WORD = Pattern.compile("\\p{IsHan}+|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+");
    private static final Pattern PHONE_QUERY = Pattern.compile("\\+?[0-9()\\-\\s]{3,30}");
    private static final int[] PHONE_TAILS = {8, 6, 4};

    private SearchTerms() {
    }

    /** Terms of a customer from its name, phone and e-mail, and the names, phones and e-mails of its contacts. */
    static Set<String> of(String name, String phone, String email, List<Contact> contacts) {
        Set<String> terms = new LinkedHashSet<>();
        addName(name, terms);
        addPhone(phone, terms);
        addEmail(email, terms);
        for (Contact contact : contacts) {
            addName(contact.getName(), terms);
            addPhone(contact.getPhone(), terms);
            addEmail(contact.getEmail(), terms);
        }
        return terms;
    }

    /** The words of a search text, each of which must start a term of a matching customer; empty for blank text. */
    static List<String> query(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.contains("@")) {
            return List.of(cut(lower));
        }
        if (PHONE_QUERY.matcher(lower).matches() && lower.chars().filter(Character::isDigit).count() >= 3) {
            return List.of(cut(MatchKeys.phone(lower)));
        }
        List<String> words = words(MatchKeys.LEGAL_FORMS.matcher(lower).replaceAll(" "));
        return words.isEmpty() ? words(lower) : words;
    }

    private static void addName(String name, Set<String> terms) {
        if (name == null) {
            return;
        }
        for (String word : words(MatchKeys.LEGAL_FORMS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" "))) {
            if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN
                    && word.length() > 1) {
                for (int start = 0; start <= word.length() - 2; start++) {
                    terms.add(cut(word.substring(start)));
                }
            } else {
                terms.add(cut(word));
            }
        }
    }

    private static void addPhone(String phone, Set<String> terms) {
        String digits = MatchKeys.phone(phone);
        if (digits == null) {
            return;
        }
        terms.add(cut(digits));
        for (int tail : PHONE_TAILS) {
            if (digits.length() > tail) {
                terms.add(digits.substring(digits.length() - tail));
            }
        }
    }

    /** The term under which a phone (its normalised digits) or an e-mail address is indexed; null when neither. */
    static String exactKey(String phoneOrEmail) {
        if (phoneOrEmail == null || phoneOrEmail.isBlank()) {
            return null;
        }
        String text = phoneOrEmail.strip().toLowerCase(Locale.ROOT);
        if (text.contains("@")) {
            return cut(text);
        }
        String digits = MatchKeys.phone(text);
        return digits == null ? null : cut(digits);
    }

    private static void addEmail(String email, Set<String> terms) {
        if (email == null || email.isBlank()) {
            return;
        }
        String lower = email.strip().toLowerCase(Locale.ROOT);
        terms.add(cut(lower));
        int at = lower.indexOf('@');
        if (at >= 0 && at < lower.length() - 1) {
            terms.add(cut(lower.substring(at + 1)));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(cut(matcher.group()));
        }
        return words;
    }

    static String cut(String term) {
        return term.length() <= MAX_LENGTH ? term : term.substring(0, MAX_LENGTH);
    }
}
