package com.salesflow.shared.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The filters above a list: one row that wraps on narrow screens, with the list's search field first. */
public class FilterRow extends HorizontalLayout {

    public FilterRow() {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        setSpacing(false);
        getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
    }

    /** Makes {@code field} the list's search: it searches as the user pauses typing and clears with one click. */
    public static void search(TextField field, String id, String label, String placeholder, String width,
            Runnable onChange) {
        field.setId(id);
        field.setLabel(label);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidth(width);
        field.addValueChangeListener(change -> onChange.run());
    }
}
