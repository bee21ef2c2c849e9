package com.salesflow.designer.ui;

/**
 * A valid, deployable BPMN model of a given size for editor benchmarks: one chain from a start to an end event through
 * user tasks (candidate group sales), exclusive gateways and plain tasks, laid out as a snake of rows of ten, with
 * diagram bounds and waypoints so that an editor draws it as it is.
 */
public final class LargeBpmn {

    private static final int PER_ROW = 10;
    private static final int COLUMN_WIDTH = 160;
    private static final int ROW_HEIGHT = 160;

    private LargeBpmn() {
    }

    /**
     * A model with about {@code elements} shapes and connections (exactly that many from 3 up): n nodes joined by
     * n - 1 flows, plus a text annotation when the count is even.
     */
    public static String generate(int elements) {
        int nodes = Math.max(2, (elements + 1) / 2);
        boolean annotated = elements % 2 == 0 && elements > 2;
        StringBuilder process = new StringBuilder();
        StringBuilder diagram = new StringBuilder();
        Node previous = null;
        for (int index = 0; index < nodes; index++) {
            Node node = Node.at(index, nodes);
            process.append(node.xml(previous == null ? null : flowId(index - 1),
                    index == nodes - 1 ? null : flowId(index)));
            diagram.append(node.shape());
            if (previous != null) {
                process.append("    <bpmn:sequenceFlow id=\"").append(flowId(index - 1)).append("\" sourceRef=\"")
                        .append(previous.id).append("\" targetRef=\"").append(node.id).append("\"/>\n");
                diagram.append(edge(flowId(index - 1), previous, node));
            }
            previous = node;
        }
        if (annotated) {
            process.append("    <bpmn:textAnnotation id=\"note\"><bpmn:text>Generated for benchmarks</bpmn:text>"
                    + "</bpmn:textAnnotation>\n");
            diagram.append("      <bpmndi:BPMNShape id=\"note_di\" bpmnElement=\"note\">"
                    + "<dc:Bounds x=\"20\" y=\"-100\" width=\"160\" height=\"40\"/></bpmndi:BPMNShape>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="large-definitions" targetNamespace="http://salesflow.com/bpmn">
                  <bpmn:process id="large" name="Large generated process" isExecutable="true" \
                camunda:historyTimeToLive="P180D">
                %s  </bpmn:process>
                  <bpmndi:BPMNDiagram id="large-diagram">
                    <bpmndi:BPMNPlane id="large-plane" bpmnElement="large">
                %s    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(process, diagram);
    }

    private static String flowId(int index) {
        return "flow-" + index;
    }

    private static String edge(String id, Node from, Node to) {
        int[][] points;
        if (from.row == to.row) {
            boolean rightwards = to.centerX > from.centerX;
            int sign = rightwards ? 1 : -1;
            points = new int[][] {{from.centerX + sign * from.width / 2, from.centerY},
                    {to.centerX - sign * to.width / 2, to.centerY}};
        } else {
            points = new int[][] {{from.centerX, from.centerY + from.height / 2},
                    {to.centerX, to.centerY - to.height / 2}};
        }
        StringBuilder xml = new StringBuilder("      <bpmndi:BPMNEdge id=\"" + id + "_di\" bpmnElement=\"" + id + "\">");
        for (int[] point : points) {
            xml.append("<di:waypoint x=\"").append(point[0]).append("\" y=\"").append(point[1]).append("\"/>");
        }
        return xml.append("</bpmndi:BPMNEdge>\n").toString();
    }

    private record Node(String id, String type, int row, int centerX, int centerY, int width, int height) {

        static Node at(int index, int count) {
            int row = index / PER_ROW;
            int column = row % 2 == 0 ? index % PER_ROW : PER_ROW - 1 - index % PER_ROW;
            int centerX = 100 + column * COLUMN_WIDTH;
            int centerY = 100 + row * ROW_HEIGHT;
            if (index == 0) {
                return new Node("start", "startEvent", row, centerX, centerY, 36, 36);
            }
            if (index == count - 1) {
                return new Node("end", "endEvent", row, centerX, centerY, 36, 36);
            }
            return switch (index % 3) {
                case 1 -> new Node("review-" + index, "userTask", row, centerX, centerY, 100, 80);
                case 2 -> new Node("route-" + index, "exclusiveGateway", row, centerX, centerY, 50, 50);
                default -> new Node("step-" + index, "task", row, centerX, centerY, 100, 80);
            };
        }

        String xml(String incoming, String outgoing) {
            StringBuilder xml = new StringBuilder("    <bpmn:").append(type).append(" id=\"").append(id)
                    .append("\" name=\"").append(id).append('"');
            if ("userTask".equals(type)) {
                xml.append(" camunda:candidateGroups=\"sales\"");
            }
            xml.append(">");
            if (incoming != null) {
                xml.append("<bpmn:incoming>").append(incoming).append("</bpmn:incoming>");
            }
            if (outgoing != null) {
                xml.append("<bpmn:outgoing>").append(outgoing).append("</bpmn:outgoing>");
            }
            return xml.append("</bpmn:").append(type).append(">\n").toString();
        }

        String shape() {
            return "      <bpmndi:BPMNShape id=\"" + id + "_di\" bpmnElement=\"" + id + "\"><dc:Bounds x=\""
                    + (centerX - width / 2) + "\" y=\"" + (centerY - height / 2) + "\" width=\"" + width
                    + "\" height=\"" + height + "\"/></bpmndi:BPMNShape>\n";
        }
    }
}
