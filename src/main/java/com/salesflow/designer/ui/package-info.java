/** The in-browser editors of the designer: bpmn.io's BPMN, DMN and form editors as Vaadin components. */
package com.salesflow.designer.ui;
