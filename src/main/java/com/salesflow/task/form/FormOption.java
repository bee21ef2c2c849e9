package com.salesflow.task.form;

/**
 * One option of a radio, select, checklist or taglist.
 *
 * @param value what is submitted and stored in the process variable
 * @param label what the user reads; English from {@code label}, Chinese from {@code label_zh.<value>}
 */
public record FormOption(String value, LocalizedText label) {
}
