package com.salesflow.designer.internal;

import com.salesflow.designer.ModelProblem;
import com.salesflow.task.form.FormSchema;
import com.salesflow.task.form.FormSchemaException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelParseException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.xml.sax.SAXException;

/**
 * Checks a BPMN model, a DMN decision table or a form before it may be deployed, and names the element of each
 * problem. Pure: the beans models may call and the forms that exist are given. What it refuses, and why:
 * <ul>
 * <li>files over the size limit, and any DOCTYPE (external entities, entity expansion such as billion laughs): the
 * XML is read once with DOCTYPEs forbidden before any model parser sees it;</li>
 * <li>script tasks, script listeners and {@code camunda:class} anywhere: code that runs in the server;</li>
 * <li>expressions naming a bean that models may not call, or reaching for the engine or Java classes
 * ({@code execution.getProcessEngineServices()}, {@code getClass()}, …) (STACK.md pitfall 5);</li>
 * <li>executable processes and decisions without {@code historyTimeToLive};</li>
 * <li>user tasks without an assignee or candidates, and form references to forms that do not exist.</li>
 * </ul>
 */
public final class ModelValidation {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final ModelProblem EMPTY = new ModelProblem(null, "model.empty", "The file is empty.");
    private static final ModelProblem DOCTYPE = new ModelProblem(null, "model.doctype",
            "Models may not declare a DOCTYPE: external entities and entity expansion are refused.");
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    /** A name that starts a member chain: not after a dot, not a keyword or literal. */
    private static final Pattern ROOT_NAME = Pattern.compile("(?<![\\w.'\"])([A-Za-z_]\\w*)");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
    /** Members that lead from an expression to the engine, the class loader or the operating system. */
    private static final Pattern FORBIDDEN_MEMBER = Pattern.compile(
            "\\.\\s*(getProcessEngineServices|getProcessEngine|processEngineServices|processEngine|getClass|class|"
                    + "forName|getClassLoader|classLoader|getRuntime|exec|newInstance|getBean)\\b");

    private final Set<String> allowedBeans;
    private final Set<String> otherBeans;
    private final Set<String> knownForms;

    /**
     * @param allowedBeans beans models may name (delegates, listeners, {@code @ProcessBean}s)
     * @param otherBeans   every other bean name of the application: naming one is refused
     * @param knownForms   ids of the forms that exist (deployed or in the same deployment)
     */
    public ModelValidation(Set<String> allowedBeans, Set<String> otherBeans, Set<String> knownForms) {
        this.allowedBeans = Set.copyOf(allowedBeans);
        this.otherBeans = Set.copyOf(otherBeans);
        this.knownForms = Set.copyOf(knownForms);
    }

    /** The problems of a file by its name's ending (.bpmn, .dmn, .form); empty when it may be deployed. */
    public List<ModelProblem> validate(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            return List.of(EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return List.of(tooLarge(content.length));
        }
        if (name.endsWith(".form")) {
            return form(content);
        }
        if (!name.endsWith(".bpmn") && !name.endsWith(".dmn")) {
            return List.of(new ModelProblem(null, "model.type", "Only .bpmn, .dmn and .form files are accepted."));
        }
        Object read = safeXml(content);
        if (read instanceof ModelProblem unsafe) {
            return List.of(unsafe);
        }
        List<ModelProblem> problems = new ArrayList<>(name.endsWith(".bpmn") ? bpmn(content) : dmn(content));
        if (name.endsWith(".bpmn")) {
            expressions(((org.w3c.dom.Document) read).getDocumentElement(), problems);
        }
        return problems;
    }

    /**
     * What is refused before anything else, also for drafts, which may otherwise be unfinished: nothing (or only
     * blanks), more than {@link #MAX_BYTES}, or a DOCTYPE anywhere. Null when none of these.
     */
    public static ModelProblem refusedOutright(String content) {
        if (content == null || content.isBlank()) {
            return EMPTY;
        }
        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return tooLarge(bytes);
        }
        return content.toUpperCase(Locale.ROOT).contains("<!DOCTYPE") ? DOCTYPE : null;
    }

    private static ModelProblem tooLarge(int bytes) {
        return new ModelProblem(null, "model.tooLarge",
                "The file has " + bytes + " bytes; at most " + MAX_BYTES + " are accepted.");
    }

    /** The document, read with DOCTYPEs and external entities forbidden; a problem instead when it cannot be. */
    static Object safeXml(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                return DOCTYPE;
            }
            return new ModelProblem(null, "model.xml", "The file is not well-formed XML: " + message);
        } catch (ParserConfigurationException | IOException e) {
            return new ModelProblem(null, "model.xml", "The file could not be read: " + e.getMessage());
        }
    }

    private List<ModelProblem> bpmn(byte[] content) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelParseException e) {
            return List.of(new ModelProblem(null, "model.bpmn", "Not a BPMN 2.0 model: " + e.getMessage()));
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(new ModelProblem(process.getId(), "model.historyTimeToLive",
                        "Process " + process.getId() + " needs a history time to live (camunda:historyTimeToLive)."));
            }
        }
        for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(new ModelProblem(script.getId(), "model.script",
                    "Script task " + label(script) + ": scripts are not allowed; call an allowed delegate instead."));
        }
        for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
            problems.add(new ModelProblem(owner(script), "model.script",
                    "A script listener or input of " + owner(script) + ": scripts are not allowed."));
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            if (listener.getCamundaClass() != null) {
                problems.add(classProblem(owner(listener), listener.getCamundaClass()));
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            if (listener.getCamundaClass() != null) {
                problems.add(classProblem(owner(listener), listener.getCamundaClass()));
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String javaClass = element.getAttributeValueNs(CAMUNDA_NS, "class");
            if (javaClass != null) {
                problems.add(classProblem(element.getId(), javaClass));
            }
            String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
            if (formRef != null && !formRef.contains("${") && !knownForms.contains(formRef)) {
                problems.add(new ModelProblem(element.getId(), "model.formUnknown",
                        label(element) + " refers to form \"" + formRef + "\", which does not exist."));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateUsers())
                    && blank(task.getCamundaCandidateGroups())) {
                problems.add(new ModelProblem(task.getId(), "model.userTaskNobody",
                        "User task " + label(task) + " has no assignee and no candidate users or groups."));
            }
        }
        return problems;
    }

    /** Every expression in an attribute or a text of the document, reported on the nearest element with an id. */
    private void expressions(org.w3c.dom.Element element, List<ModelProblem> problems) {
        org.w3c.dom.NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            check(attributes.item(i).getNodeValue(), element, problems);
        }
        org.w3c.dom.NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            org.w3c.dom.Node child = children.item(i);
            if (child instanceof org.w3c.dom.Element childElement) {
                expressions(childElement, problems);
            } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                check(child.getNodeValue(), element, problems);
            }
        }
    }

    private void check(String text, org.w3c.dom.Element where, List<ModelProblem> problems) {
        if (text == null || (!text.contains("${") && !text.contains("#{"))) {
            return;
        }
        String elementId = idOf(where);
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = expression.group(1);
            if (FORBIDDEN_MEMBER.matcher(body).find()) {
                problems.add(new ModelProblem(elementId, "model.expressionForbidden", "Element " + elementId
                        + ": the expression " + expression.group() + " reaches for the engine or Java classes, which "
                        + "models may not."));
                continue;
            }
            Matcher root = ROOT_NAME.matcher(STRING_LITERAL.matcher(body).replaceAll("''"));
            while (root.find()) {
                String name = root.group(1);
                if (!KEYWORDS.contains(name) && otherBeans.contains(name) && !allowedBeans.contains(name)) {
                    problems.add(new ModelProblem(elementId, "model.beanNotAllowed", "Element " + elementId
                            + ": models may not call the bean \"" + name + "\"; allowed are the delegates and "
                            + "process beans of the list."));
                }
            }
        }
    }

    private static String idOf(org.w3c.dom.Element element) {
        for (org.w3c.dom.Node at = element; at instanceof org.w3c.dom.Element e; at = e.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private List<ModelProblem> dmn(byte[] content) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelParseException e) {
            return List.of(new ModelProblem(null, "model.dmn", "Not a DMN 1.3 decision model: " + e.getMessage()));
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(new ModelProblem(decision.getId(), "model.historyTimeToLive",
                        "Decision " + decision.getId() + " needs a history time to live (camunda:historyTimeToLive)."));
            }
        }
        return problems;
    }

    private static List<ModelProblem> form(byte[] content) {
        try {
            FormSchema.parse(content);
            return List.of();
        } catch (FormSchemaException e) {
            return List.of(new ModelProblem(null, "model.form", e.getMessage()));
        }
    }

    private static ModelProblem classProblem(String elementId, String javaClass) {
        return new ModelProblem(elementId, "model.javaClass", "Element " + elementId + " names the Java class "
                + javaClass + " (camunda:class); models may only call allowed beans by name.");
    }

    /** The id of the nearest ancestor with an id: the element a listener or script belongs to. */
    private static String owner(ModelElementInstance element) {
        for (ModelElementInstance at = element; at != null; at = at.getParentElement()) {
            if (at instanceof BaseElement base && base.getId() != null) {
                return base.getId();
            }
        }
        return null;
    }

    private static String label(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() ? element.getId() : "\"" + name + "\" (" + element.getId() + ")";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
