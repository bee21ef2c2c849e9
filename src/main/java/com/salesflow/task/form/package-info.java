/**
 * Camunda Forms (form-js JSON) read safely, and the submitted values checked and typed on the server for both the
 * Vaadin task view and REST. Pure Java: no Spring, no engine.
 */
@org.springframework.modulith.NamedInterface("form")
package com.salesflow.task.form;
