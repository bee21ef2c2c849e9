package com.salesflow.designer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesflow.designer.ElementChange;
import com.salesflow.designer.ElementChange.Kind;
import com.salesflow.designer.ModelKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares two versions of a model element by element, matched by id, as a designer reads a change: which elements
 * were added, removed, or changed and in what (an attribute, a condition, a table cell). Diagram layout (BPMN DI,
 * DMN DI) is not a change; an element's own content is, but an element with an id of its own is compared on its
 * own, so that a changed rule cell is reported on the cell, not on every element above it.
 */
final class ModelDiffer {

    private static final String DI_NAMESPACES = "http://www.omg.org/spec/BPMN/20100524/DI "
            + "http://www.omg.org/spec/DD/20100524/DC http://www.omg.org/spec/DD/20100524/DI "
            + "https://www.omg.org/spec/DMN/20191111/DMNDI/ http://www.omg.org/spec/DMN/20180521/DI/ "
            + "http://www.omg.org/spec/DMN/20180521/DC/ http://www.omg.org/spec/DMN/20180521/DI/";
    private static final int MAX_VALUE = 80;

    private final ObjectMapper json;

    ModelDiffer(ObjectMapper json) {
        this.json = json;
    }

    /** The changes from {@code before} (null: nothing deployed yet) to {@code after}; unreadable content throws. */
    List<ElementChange> diff(ModelKind kind, String before, String after) {
        Map<String, Signature> old = before == null ? Map.of() : signatures(kind, before);
        Map<String, Signature> now = signatures(kind, after);
        List<ElementChange> changes = new ArrayList<>();
        for (Map.Entry<String, Signature> entry : now.entrySet()) {
            Signature was = old.get(entry.getKey());
            Signature is = entry.getValue();
            if (was == null) {
                changes.add(new ElementChange(entry.getKey(), is.type(), is.name(), Kind.ADDED, List.of()));
            } else if (!was.properties().equals(is.properties())) {
                changes.add(new ElementChange(entry.getKey(), is.type(), is.name(), Kind.CHANGED,
                        details(was.properties(), is.properties())));
            }
        }
        for (Map.Entry<String, Signature> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                Signature was = entry.getValue();
                changes.add(new ElementChange(entry.getKey(), was.type(), was.name(), Kind.REMOVED, List.of()));
            }
        }
        return changes;
    }

    private record Signature(String type, String name, Map<String, String> properties) {
    }

    private Map<String, Signature> signatures(ModelKind kind, String content) {
        return kind == ModelKind.FORM ? formSignatures(content) : xmlSignatures(content);
    }

    private static Map<String, Signature> xmlSignatures(String content) {
        Object read = ModelValidation.safeXml(content.getBytes(StandardCharsets.UTF_8));
        if (!(read instanceof Document document)) {
            throw new IllegalArgumentException(((com.salesflow.designer.ModelProblem) read).message());
        }
        Map<String, Signature> signatures = new LinkedHashMap<>();
        collect(document.getDocumentElement(), signatures);
        return signatures;
    }

    private static void collect(Element element, Map<String, Signature> signatures) {
        if (isLayout(element)) {
            return;
        }
        String id = element.getAttribute("id");
        if (!id.isEmpty() && element.getParentNode() instanceof Element) {
            Map<String, String> properties = new TreeMap<>();
            describe(element, "", properties);
            String name = element.getAttribute("name").isEmpty() ? element.getAttribute("label")
                    : element.getAttribute("name");
            signatures.put(id, new Signature(element.getLocalName(), name.isEmpty() ? null : name, properties));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, signatures);
            }
        }
    }

    /** Attributes, text and children without an id of their own, as path → value. */
    private static void describe(Element element, String path, Map<String, String> properties) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getNodeName();
            if (!name.equals("id") && !name.startsWith("xmlns")) {
                properties.put(path + name, attribute.getNodeValue());
            }
        }
        StringBuilder text = new StringBuilder();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element childElement && !isLayout(childElement)) {
                if (childElement.getAttribute("id").isEmpty()) {
                    String local = childElement.getLocalName();
                    int index = seen.merge(local, 1, Integer::sum);
                    describe(childElement, path + local + (index > 1 ? "[" + index + "]" : "") + ".", properties);
                }
            }
        }
        String trimmed = text.toString().strip();
        if (!trimmed.isEmpty()) {
            properties.put(path.isEmpty() ? "text" : path.substring(0, path.length() - 1), trimmed);
        }
    }

    private static boolean isLayout(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace != null && DI_NAMESPACES.contains(namespace);
    }

    private Map<String, Signature> formSignatures(String content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException("The form is not JSON: " + e.getMessage(), e);
        }
        Map<String, Signature> signatures = new LinkedHashMap<>();
        collect(root, signatures);
        return signatures;
    }

    private static void collect(JsonNode component, Map<String, Signature> signatures) {
        if (!component.isObject()) {
            return;
        }
        JsonNode id = component.get("id");
        if (id != null && id.isTextual()) {
            ObjectNode own = ((ObjectNode) component).deepCopy();
            own.remove("components");
            own.remove("layout");
            own.remove("id");
            Map<String, String> properties = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = own.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                properties.put(field.getKey(), field.getValue().isTextual() ? field.getValue().asText()
                        : field.getValue().toString());
            }
            JsonNode label = component.has("label") ? component.get("label") : component.get("key");
            signatures.put(id.asText(), new Signature(component.path("type").asText("form"),
                    label == null ? null : label.asText(), properties));
        }
        JsonNode children = component.get("components");
        if (children != null && children.isArray()) {
            children.forEach(child -> collect(child, signatures));
        }
    }

    private static List<String> details(Map<String, String> before, Map<String, String> after) {
        List<String> details = new ArrayList<>();
        Map<String, String> all = new TreeMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String key : all.keySet()) {
            String was = before.get(key);
            String is = after.get(key);
            if (was == null) {
                details.add(key + ": + " + quote(is));
            } else if (is == null) {
                details.add(key + ": − " + quote(was));
            } else if (!was.equals(is)) {
                details.add(key + ": " + quote(was) + " → " + quote(is));
            }
        }
        return details;
    }

    private static String quote(String value) {
        String shown = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
        return "\"" + shown.replaceAll("\\s+", " ") + "\"";
    }
}
