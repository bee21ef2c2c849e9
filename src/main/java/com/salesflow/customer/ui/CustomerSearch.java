package com.salesflow.customer.ui;

import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.shared.ui.FilterRow;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/** Search text and filters of the customer list and the pool; tells its owner when the filter changes. */
class CustomerSearch extends FilterRow {

    private final TextField text = new TextField();
    private final ComboBox<String> owner = new ComboBox<>();
    private final Select<Grade> grade = new Select<>();
    private final TextField tag = new TextField();
    private final TextField region = new TextField();
    private final Select<Lifecycle> lifecycle = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final boolean withOwner;

    /** @param owners logins offered in the owner filter; null leaves out the owner and overdue filters (pool) */
    CustomerSearch(String idPrefix, List<String> owners, People people, Runnable onChange) {
        this.withOwner = owners != null;

        search(text, idPrefix + "-search", getTranslation("customers.searchLabel"),
                getTranslation("customers.search"), "17em", onChange);
        text.setAriaLabel(getTranslation("customers.search"));
        add(text);

        if (withOwner) {
            owner.setId(idPrefix + "-owner");
            owner.setLabel(getTranslation("customer.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(people::name);
            owner.setAllowCustomValue(true);
            owner.addCustomValueSetListener(custom -> owner.setValue(custom.getDetail().strip()));
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("filter.any"));
            owner.setWidth("10em");
            owner.addValueChangeListener(change -> onChange.run());
            add(owner);
        }

        grade.setId(idPrefix + "-grade");
        grade.setLabel(getTranslation("customer.grade"));
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("filter.any"));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(value -> value == null ? getTranslation("filter.any") : Labels.of(this, "grade", value));
        grade.addValueChangeListener(change -> onChange.run());
        grade.setWidth("8em");

        lifecycle.setId(idPrefix + "-lifecycle");
        lifecycle.setLabel(getTranslation("customer.lifecycle"));
        lifecycle.setEmptySelectionAllowed(true);
        lifecycle.setEmptySelectionCaption(getTranslation("filter.any"));
        lifecycle.setItems(Lifecycle.values());
        lifecycle.setItemLabelGenerator(value -> value == null ? getTranslation("filter.any")
                : Labels.of(this, "lifecycle", value));
        lifecycle.addValueChangeListener(change -> onChange.run());
        lifecycle.setWidth("8em");

        for (TextField field : List.of(tag, region)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.setPlaceholder(getTranslation("filter.any"));
            field.setWidth("7em");
            field.addValueChangeListener(change -> onChange.run());
        }
        tag.setId(idPrefix + "-tag");
        tag.setLabel(getTranslation("customer.tag"));
        region.setId(idPrefix + "-region");
        region.setLabel(getTranslation("customer.region"));
        add(grade, lifecycle, region, tag);

        if (withOwner) {
            overdue.setId(idPrefix + "-overdue");
            overdue.setLabel(getTranslation("customers.overdueOnly"));
            overdue.addValueChangeListener(change -> onChange.run());
            add(overdue);
        }
    }

    CustomerFilter filter() {
        return new CustomerFilter(blankToNull(text.getValue()), withOwner ? owner.getValue() : null, grade.getValue(),
                blankToNull(tag.getValue()), blankToNull(region.getValue()), lifecycle.getValue(),
                withOwner && overdue.getValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
