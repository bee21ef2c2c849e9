package com.salesflow.task.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.salesflow.task.form.DateTimeSettings.Subtype;
import com.salesflow.task.form.DateTimeSettings.TimeFormat;
import com.salesflow.task.form.FormRules.TextFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Reads the JSON tree of a form into {@link FormComponent}s, refusing what Salesflow cannot honour. */
final class FormSchemaParser {

    /** Plain JSON, exact numbers, no duplicate names, nothing after the form, shallow nesting. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                            .maxStringLength(FormSchema.MAX_BYTES).maxNumberLength(64).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Process variable names: what Camunda, FEEL and DMN all take without quoting. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final int MAX_PATTERN_LENGTH = 1000;
    private static final int MAX_DECIMAL_DIGITS = 15;

    private final Set<String> keys = new HashSet<>();
    private int count;

    private FormSchemaParser() {
    }

    static FormSchema parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new FormSchemaException("The form is not valid JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new FormSchemaException("The form is not readable as UTF-8 JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FormSchemaException("The form must be a JSON object with a list of components.");
        }
        FormSchemaParser parser = new FormSchemaParser();
        String id = parser.text(root, "id", "The form");
        Integer schemaVersion = parser.integer(root, "schemaVersion", "The form");
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new FormSchemaException("The form must have \"components\": a list of its fields.");
        }
        List<FormComponent> parsed = parser.components(components, "components", 0);
        return new FormSchema(id, schemaVersion, parsed, new String(json, StandardCharsets.UTF_8));
    }

    private List<FormComponent> components(JsonNode array, String path, int depth) {
        List<FormComponent> components = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            components.add(component(array.get(i), path + "[" + i + "]", depth));
        }
        return components;
    }

    private FormComponent component(JsonNode node, String at, int depth) {
        String path = "The component at " + at;
        if (!node.isObject()) {
            throw error(path, "is not a component (a JSON object)");
        }
        if (++count > FormSchema.MAX_COMPONENTS) {
            throw new FormSchemaException("The form has more than " + FormSchema.MAX_COMPONENTS + " components.");
        }
        String typeName = text(node, "type", path);
        if (typeName == null) {
            throw error(path, "has no \"type\"");
        }
        ComponentType type = ComponentType.ofSchemaName(typeName).orElseThrow(() -> error(path, "has type \""
                + typeName + "\", which Salesflow forms do not support (they support "
                + Arrays.stream(ComponentType.values()).map(ComponentType::schemaName)
                        .collect(Collectors.joining(", ")) + ")"));
        String id = text(node, "id", path);
        String key = type.holdsValue() ? key(node, path) : null;
        String where = path + " (" + typeName + (key != null ? " \"" + key + "\"" : id != null ? " " + id : "") + ")";

        JsonNode conditional = node.get("conditional");
        if (conditional != null && !conditional.isNull() && !(conditional.isObject() && conditional.isEmpty())) {
            throw error(where, "has a \"conditional\" rule; Salesflow forms evaluate no FEEL, so fields cannot hide");
        }
        Map<String, String> properties = properties(node.get("properties"), where);
        DateTimeSettings dateTime = type == ComponentType.DATETIME ? dateTime(node, properties, where) : null;
        String labelName = dateTime == null ? "label" : dateTime.subtype() == Subtype.TIME ? "timeLabel" : "dateLabel";
        LocalizedText label = LocalizedText.of(noFeel(text(node, labelName, where), labelName, where),
                noFeel(properties.get("label" + FormSchema.ZH_SUFFIX), "label" + FormSchema.ZH_SUFFIX, where));
        LocalizedText description = localized(node, "description", properties, where);
        LocalizedText text = type == ComponentType.TEXT ? localized(node, "text", properties, where)
                : LocalizedText.NONE;
        FormRules rules = type.holdsValue() ? rules(node.get("validate"), type, where) : FormRules.NONE;
        NumberSettings number = type == ComponentType.NUMBER ? number(node, where) : null;

        List<FormOption> options = List.of();
        String optionsKey = null;
        if (type.hasOptions()) {
            if (node.hasNonNull("valuesExpression")) {
                throw error(where,
                        "takes its options from a FEEL \"valuesExpression\"; use \"values\" or \"valuesKey\"");
            }
            optionsKey = text(node, "valuesKey", where);
            if (optionsKey != null && !KEY.matcher(optionsKey).matches()) {
                throw error(where, "has a \"valuesKey\" that is not a plain variable name");
            }
            if (optionsKey == null) {
                options = options(node.get("values"), properties, where);
            }
        }

        List<FormComponent> children = List.of();
        if (type == ComponentType.GROUP) {
            String groupPath = text(node, "path", where);
            if (groupPath != null && !groupPath.isBlank()) {
                throw error(where, "has a \"path\"; Salesflow forms keep every key at the top level");
            }
            if (depth >= FormSchema.MAX_GROUP_DEPTH) {
                throw error(where, "nests groups more than " + FormSchema.MAX_GROUP_DEPTH + " deep");
            }
            JsonNode nested = node.get("components");
            if (nested != null && !nested.isNull() && !nested.isArray()) {
                throw error(where, "has \"components\" that are not a list");
            }
            children = nested == null || nested.isNull() ? List.of()
                    : components(nested, at + ".components", depth + 1);
        }

        boolean readonly = readonly(node, where);
        boolean disabled = bool(node, "disabled", where);
        boolean searchable = bool(node, "searchable", where);
        Object defaultValue = type.holdsValue()
                ? defaultValue(node.get("defaultValue"), type, options, optionsKey, number, dateTime, where) : null;
        return new FormComponent(id, key, type, label, description, defaultValue, rules, options, optionsKey,
                readonly, disabled, properties, children, text, number, dateTime, searchable);
    }

    private String key(JsonNode node, String path) {
        String key = text(node, "key", path);
        if (key == null || key.isBlank()) {
            throw error(path, "is an input field without a \"key\"");
        }
        if (!KEY.matcher(key).matches()) {
            throw error(path, "has key \"" + key + "\"; use a plain variable name: a letter or _ first, then letters,"
                    + " digits or _, at most 100 (no dots: Salesflow forms keep every key at the top level)");
        }
        if (!keys.add(key)) {
            throw error(path, "uses key \"" + key + "\", which an earlier field of the form already uses");
        }
        return key;
    }

    private LocalizedText localized(JsonNode node, String name, Map<String, String> properties, String where) {
        String en = noFeel(text(node, name, where), name, where);
        String zh = noFeel(properties.get(name + FormSchema.ZH_SUFFIX), name + FormSchema.ZH_SUFFIX, where);
        return LocalizedText.of(en, zh);
    }

    private static String noFeel(String text, String name, String where) {
        if (text != null && text.startsWith("=")) {
            throw error(where, "has a FEEL expression as \"" + name + "\"; Salesflow forms evaluate no FEEL");
        }
        return text;
    }

    private Map<String, String> properties(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw error(where, "has \"properties\" that are not an object of names and texts");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            JsonNode value = property.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw error(where, "has custom property \"" + property.getKey() + "\" that is not a text");
            }
            properties.put(property.getKey(), value.asText());
        }
        return properties;
    }

    private FormRules rules(JsonNode node, ComponentType type, String where) {
        if (node == null || node.isNull()) {
            return FormRules.NONE;
        }
        if (!node.isObject()) {
            throw error(where, "has a \"validate\" that is not an object");
        }
        String in = where + ", in validate,";
        boolean required = bool(node, "required", in);
        boolean textual = type == ComponentType.TEXTFIELD || type == ComponentType.TEXTAREA;
        BigDecimal min = type == ComponentType.NUMBER ? decimal(node, "min", in) : null;
        BigDecimal max = type == ComponentType.NUMBER ? decimal(node, "max", in) : null;
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw error(in, "has min " + min.toPlainString() + " above max " + max.toPlainString());
        }
        Integer minLength = textual ? length(node, "minLength", in) : null;
        Integer maxLength = textual ? length(node, "maxLength", in) : null;
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw error(in, "has minLength " + minLength + " above maxLength " + maxLength);
        }
        Pattern pattern = null;
        TextFormat format = null;
        if (textual) {
            String validationType = text(node, "validationType", in);
            if (validationType != null) {
                format = switch (validationType) {
                    case "email" -> TextFormat.EMAIL;
                    case "phone" -> TextFormat.PHONE;
                    case "custom", "" -> null;
                    default -> throw error(in, "has validationType \"" + validationType
                            + "\"; use email, phone or custom");
                };
            }
            String regex = text(node, "pattern", in);
            if (regex != null && !regex.isEmpty()) {
                if (regex.length() > MAX_PATTERN_LENGTH) {
                    throw error(in, "has a pattern longer than " + MAX_PATTERN_LENGTH + " characters");
                }
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw error(in, "has a pattern that is not a valid regular expression: " + e.getDescription());
                }
            }
        }
        return new FormRules(required, min, max, minLength, maxLength, pattern, format);
    }

    private NumberSettings number(JsonNode node, String where) {
        Integer decimalDigits = integer(node, "decimalDigits", where);
        if (decimalDigits != null && (decimalDigits < 0 || decimalDigits > MAX_DECIMAL_DIGITS)) {
            throw error(where, "has decimalDigits " + decimalDigits + "; use 0 to " + MAX_DECIMAL_DIGITS);
        }
        BigDecimal increment = decimal(node, "increment", where);
        if (increment != null && increment.signum() <= 0) {
            throw error(where, "has an increment that is not above 0");
        }
        return new NumberSettings(decimalDigits, increment, bool(node, "serializeToString", where));
    }

    private DateTimeSettings dateTime(JsonNode node, Map<String, String> properties, String where) {
        String subtypeName = text(node, "subtype", where);
        Subtype subtype = subtypeName == null ? Subtype.DATE : switch (subtypeName) {
            case "date" -> Subtype.DATE;
            case "time" -> Subtype.TIME;
            case "datetime" -> Subtype.DATETIME;
            default -> throw error(where, "has subtype \"" + subtypeName + "\"; use date, time or datetime");
        };
        String formatName = text(node, "timeSerializingFormat", where);
        TimeFormat format = formatName == null ? TimeFormat.UTC_OFFSET : switch (formatName) {
            case "utc_offset" -> TimeFormat.UTC_OFFSET;
            case "utc_normalized" -> TimeFormat.UTC_NORMALIZED;
            case "no_timezone" -> TimeFormat.NO_TIMEZONE;
            default -> throw error(where, "has timeSerializingFormat \"" + formatName
                    + "\"; use utc_offset, utc_normalized or no_timezone");
        };
        Integer interval = integer(node, "timeInterval", where);
        if (interval != null && (interval < 1 || interval > 24 * 60)) {
            throw error(where, "has a timeInterval outside 1 to 1440 minutes");
        }
        LocalizedText timeLabel = subtype == Subtype.DATETIME ? localized(node, "timeLabel", properties, where)
                : LocalizedText.NONE;
        return new DateTimeSettings(subtype, timeLabel, format, bool(node, "use24h", where),
                bool(node, "disallowPassedDates", where), interval);
    }

    private List<FormOption> options(JsonNode node, Map<String, String> properties, String where) {
        if (node == null || !node.isArray()) {
            throw error(where, "needs \"values\" (a list of {label, value}) or a \"valuesKey\"");
        }
        List<FormOption> options = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode option : node) {
            if (!option.isObject() || !option.path("value").isTextual()) {
                throw error(where, "has an option without a text \"value\"");
            }
            String value = option.get("value").asText();
            if (!seen.add(value)) {
                throw error(where, "has option \"" + value + "\" twice");
            }
            String en = noFeel(text(option, "label", where), "label", where);
            String zh = text(option, "label" + FormSchema.ZH_SUFFIX, where);
            if (zh == null) {
                zh = properties.get("label" + FormSchema.ZH_SUFFIX + "." + value);
            }
            options.add(new FormOption(value, LocalizedText.of(en == null ? value : en, zh)));
        }
        return options;
    }

    private boolean readonly(JsonNode node, String where) {
        JsonNode readonly = node.get("readonly");
        if (readonly != null && readonly.isTextual() && readonly.asText().startsWith("=")) {
            throw error(where, "is readonly by a FEEL expression; Salesflow forms evaluate no FEEL (use true)");
        }
        return bool(node, "readonly", where);
    }

    private Object defaultValue(JsonNode node, ComponentType type, List<FormOption> options, String optionsKey,
            NumberSettings number, DateTimeSettings dateTime, String where) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            return null;
        }
        Set<String> values = options.stream().map(FormOption::value).collect(Collectors.toSet());
        String wrong = "has a defaultValue that does not suit a " + type.schemaName() + " field";
        switch (type) {
            case TEXTFIELD, TEXTAREA -> {
                if (!node.isTextual() || node.asText().startsWith("=")) {
                    throw error(where, wrong);
                }
                return node.asText();
            }
            case NUMBER -> {
                try {
                    return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().strip());
                } catch (NumberFormatException e) {
                    throw error(where, wrong);
                }
            }
            case CHECKBOX -> {
                if (!node.isBoolean()) {
                    throw error(where, wrong);
                }
                return node.booleanValue();
            }
            case RADIO, SELECT -> {
                if (!node.isTextual() || (optionsKey == null && !values.contains(node.asText()))) {
                    throw error(where, "has a defaultValue that is not one of its options");
                }
                return node.asText();
            }
            case CHECKLIST, TAGLIST -> {
                if (!node.isArray()) {
                    throw error(where, wrong);
                }
                List<String> list = new ArrayList<>();
                for (JsonNode item : node) {
                    if (!item.isTextual() || (optionsKey == null && !values.contains(item.asText()))) {
                        throw error(where, "has a defaultValue that is not one of its options");
                    }
                    list.add(item.asText());
                }
                return List.copyOf(list);
            }
            case DATETIME -> {
                try {
                    return FormDateTime.normalize(dateTime, node.asText());
                } catch (DateTimeException e) {
                    throw error(where, wrong);
                }
            }
            default -> {
                return null;
            }
        }
    }

    private static String text(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(where, "has a \"" + name + "\" that is not a text");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw error(where, "has a \"" + name + "\" that is not true or false");
        }
        return value.booleanValue();
    }

    private static Integer integer(JsonNode node, String name, String where) {
        BigDecimal value = decimal(node, name, where);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw error(where, "has a \"" + name + "\" that is not a whole number");
        }
    }

    private static Integer length(JsonNode node, String name, String where) {
        Integer length = integer(node, name, where);
        if (length != null && length < 0) {
            throw error(where, "has a negative \"" + name + "\"");
        }
        return length;
    }

    /** A number, or a text holding one (the form editor sometimes writes them so). */
    private static BigDecimal decimal(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual()) {
                return new BigDecimal(value.asText().strip());
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw error(where, "has a \"" + name + "\" that is not a number");
    }

    private static FormSchemaException error(String where, String what) {
        return new FormSchemaException(where + " " + what + ".");
    }
}
