package com.salesflow.task.form;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.Validation;
import com.salesflow.task.form.FormRules.TextFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a submitted form on the server, whoever sent it (the Vaadin task view or REST), and types its values for
 * the engine (see {@link FormValues}). Every wrong field is reported at once as an {@link InvalidInputException}
 * whose codes ({@code form.required}, ...) have {@code error.<code>} texts in the UI bundles.
 *
 * <ul>
 * <li>The submission is the whole form: a missing key means an empty field.</li>
 * <li>Keys the form does not have are ignored and never reach the engine, so a client may send back the current
 * values it was given (which include variables that only text placeholders use).</li>
 * <li>Readonly and disabled fields are never taken from the submission: their variables keep their values.</li>
 * <li>Rules follow form-js: {@code required} (a required checkbox must be ticked, a required list must not be
 * empty, blank text counts as empty), {@code min}/{@code max} inclusive, {@code minLength} for non-empty text,
 * {@code maxLength} (and at most {@value #MAX_TEXT_LENGTH} characters in any case, the engine's limit for string
 * variables), {@code pattern} found anywhere in the text as form-js tests it, e-mail and phone formats, options by
 * their values, {@code decimalDigits}, datetime formats and {@code disallowPassedDates}.</li>
 * </ul>
 */
public final class FormValidation {

    public static final String REQUIRED = "form.required";
    public static final String MIN = "form.min";
    public static final String MAX = "form.max";
    public static final String MIN_LENGTH = "form.minLength";
    public static final String MAX_LENGTH = "form.maxLength";
    public static final String PATTERN = "form.pattern";
    public static final String EMAIL = "form.email";
    public static final String PHONE = "form.phone";
    public static final String OPTION = "form.option";
    public static final String NUMBER = "form.number";
    public static final String DECIMALS = "form.decimals";
    public static final String DATE = "form.date";
    public static final String PAST_DATE = "form.pastDate";
    public static final String TYPE = "form.type";
    /** Every code this class reports. */
    public static final List<String> CODES = List.of(REQUIRED, MIN, MAX, MIN_LENGTH, MAX_LENGTH, PATTERN, EMAIL,
            PHONE, OPTION, NUMBER, DECIMALS, DATE, PAST_DATE, TYPE);

    /** Camunda keeps string variables in a 4000-character column. */
    public static final int MAX_TEXT_LENGTH = 4000;
    /** Numbers beyond this lose digits as Doubles and are no amount a sales form needs. */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");
    private static final int MAX_NUMBER_TEXT = 40;
    private static final int MAX_DATE_TEXT = 40;

    private final Clock clock;

    public FormValidation() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock today's date for {@code disallowPassedDates} */
    public FormValidation(Clock clock) {
        this.clock = clock;
    }

    /** Checks a submission against a form whose options are all static; see {@link #validate(FormSchema, Map, Map)}. */
    public FormValues validate(FormSchema schema, Map<String, ?> submitted) {
        return validate(schema, submitted, Map.of());
    }

    /**
     * Checks a submission and returns its typed values, or throws {@link InvalidInputException} listing every wrong
     * field by key.
     *
     * @param submitted the values by field key, as JSON or the rendered form gives them; null means none
     * @param current   the task's current variables, where fields with a {@code valuesKey} find their options
     */
    public FormValues validate(FormSchema schema, Map<String, ?> submitted, Map<String, ?> current) {
        Map<String, ?> input = submitted == null ? Map.of() : submitted;
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FormComponent field : schema.fields()) {
            if (!field.editable()) {
                continue;
            }
            try {
                values.put(field.key(), value(field, input.get(field.key()), current));
            } catch (Refused refused) {
                errors.add(new FieldError(field.key(), refused.code, refused.getMessage()));
            }
        }
        InvalidInputException.throwIfAny(errors);
        return new FormValues(values);
    }

    private Object value(FormComponent field, Object raw, Map<String, ?> current) {
        Object value = switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> text(field, raw);
            case NUMBER -> number(field, raw);
            case CHECKBOX -> checkbox(raw);
            case RADIO, SELECT -> option(field, raw, current);
            case CHECKLIST, TAGLIST -> options(field, raw, current);
            case DATETIME -> dateTime(field, raw);
            default -> null;
        };
        if (field.required() && isEmpty(value)) {
            throw new Refused(REQUIRED, field.type() == ComponentType.CHECKBOX ? "Tick this box to continue."
                    : "This field is required.");
        }
        return value;
    }

    private static boolean isEmpty(Object value) {
        return value == null || Boolean.FALSE.equals(value) || (value instanceof Collection<?> list && list.isEmpty());
    }

    private static String text(FormComponent field, Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text)) {
            throw wrongType();
        }
        if (text.isBlank()) {
            return null;
        }
        FormRules rules = field.rules();
        String value = rules.format() == null ? text : text.strip();
        int maxLength = rules.maxLength() == null ? MAX_TEXT_LENGTH : Math.min(rules.maxLength(), MAX_TEXT_LENGTH);
        if (value.length() > maxLength) {
            throw new Refused(MAX_LENGTH, "Use at most " + maxLength + " characters.");
        }
        if (rules.minLength() != null && value.length() < rules.minLength()) {
            throw new Refused(MIN_LENGTH, "Use at least " + rules.minLength() + " characters.");
        }
        if (rules.format() == TextFormat.EMAIL && !Validation.isEmail(value)) {
            throw new Refused(EMAIL, "This is not a valid e-mail address.");
        }
        if (rules.format() == TextFormat.PHONE && !Validation.isPhone(value)) {
            throw new Refused(PHONE, "This is not a valid phone number.");
        }
        if (rules.pattern() != null && !rules.pattern().matcher(value).find()) {
            throw new Refused(PATTERN, "This value does not have the expected format.");
        }
        return value;
    }

    private static Object number(FormComponent field, Object raw) {
        BigDecimal number = decimal(raw);
        if (number == null) {
            return null;
        }
        if (number.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw new Refused(NUMBER, "This number is too large.");
        }
        NumberSettings settings = field.number();
        BigDecimal stripped = number.stripTrailingZeros();
        Integer decimalDigits = settings.decimalDigits();
        if (decimalDigits != null && stripped.scale() > decimalDigits) {
            throw new Refused(DECIMALS, decimalDigits == 0 ? "Enter a whole number."
                    : "Use at most " + decimalDigits + " decimal places.");
        }
        FormRules rules = field.rules();
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            throw new Refused(MIN, "The value must be at least " + rules.min().toPlainString() + ".");
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            throw new Refused(MAX, "The value must be at most " + rules.max().toPlainString() + ".");
        }
        if (settings.serializeToString()) {
            return decimalDigits != null ? stripped.setScale(decimalDigits).toPlainString()
                    : stripped.toPlainString();
        }
        boolean whole = stripped.signum() == 0 || stripped.scale() <= 0;
        if (whole && (decimalDigits == null || decimalDigits == 0)) {
            return number.longValueExact();
        }
        return number.doubleValue();
    }

    /** A JSON number, a Java number or a text holding one; null when empty. */
    private static BigDecimal decimal(Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        try {
            if (raw instanceof BigDecimal decimal) {
                return decimal;
            }
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte
                    || raw instanceof BigInteger) {
                return new BigDecimal(raw.toString());
            }
            if (raw instanceof Double || raw instanceof Float) {
                double value = ((Number) raw).doubleValue();
                if (!Double.isFinite(value)) {
                    throw new Refused(NUMBER, "Enter a number.");
                }
                return new BigDecimal(raw.toString());
            }
            if (raw instanceof String text && text.strip().length() <= MAX_NUMBER_TEXT) {
                return new BigDecimal(text.strip());
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Refused(NUMBER, "Enter a number.");
    }

    private static Boolean checkbox(Object raw) {
        if (raw == null) {
            return false;
        }
        if (!(raw instanceof Boolean checked)) {
            throw wrongType();
        }
        return checked;
    }

    private static String option(FormComponent field, Object raw, Map<String, ?> current) {
        if (raw == null || (raw instanceof String text && text.isEmpty())) {
            return null;
        }
        if (!(raw instanceof String value)) {
            throw wrongType();
        }
        if (!optionValues(field, current).contains(value)) {
            throw notAnOption();
        }
        return value;
    }

    private static List<String> options(FormComponent field, Object raw, Map<String, ?> current) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof Collection<?> items)) {
            throw wrongType();
        }
        Set<String> allowed = optionValues(field, current);
        Set<String> chosen = new LinkedHashSet<>();
        for (Object item : items) {
            if (!(item instanceof String value)) {
                throw wrongType();
            }
            if (!allowed.contains(value)) {
                throw notAnOption();
            }
            chosen.add(value);
        }
        return List.copyOf(chosen);
    }

    private static Set<String> optionValues(FormComponent field, Map<String, ?> current) {
        return field.optionsFor(current).stream().map(FormOption::value).collect(Collectors.toSet());
    }

    private String dateTime(FormComponent field, Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        if (!(raw instanceof String text)) {
            throw wrongType();
        }
        DateTimeSettings settings = field.dateTime();
        String value;
        LocalDate date;
        try {
            if (text.length() > MAX_DATE_TEXT) {
                throw new DateTimeException("Too long");
            }
            value = FormDateTime.normalize(settings, text);
            date = FormDateTime.dateOf(FormDateTime.parse(settings, value));
        } catch (DateTimeException e) {
            throw new Refused(DATE, switch (settings.subtype()) {
                case DATE -> "Enter a date as YYYY-MM-DD.";
                case TIME -> "Enter a time as HH:MM" + (hasOffset(settings) ? " with its UTC offset." : ".");
                case DATETIME -> "Enter a date and time as YYYY-MM-DDTHH:MM"
                        + (hasOffset(settings) ? " with its UTC offset." : ".");
            });
        }
        if (settings.disallowPassedDates() && date != null && date.isBefore(LocalDate.now(clock))) {
            throw new Refused(PAST_DATE, "The date cannot be in the past.");
        }
        return value;
    }

    private static boolean hasOffset(DateTimeSettings settings) {
        return settings.timeFormat() != DateTimeSettings.TimeFormat.NO_TIMEZONE;
    }

    private static Refused wrongType() {
        return new Refused(TYPE, "This value does not suit the field.");
    }

    private static Refused notAnOption() {
        return new Refused(OPTION, "Choose one of the offered options.");
    }

    /** One field's first broken rule; cheap, as a user's typo is no exceptional event. */
    private static final class Refused extends RuntimeException {

        private final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
