package com.salesflow.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * A text value picked from a list (industries, regions) in the user's language, or typed when none fits. The value
 * stays the list's own word, which the decision tables compare; the label is {@code pickList.<list>.<value>} with
 * spaces as underscores, or the value itself where no translation exists.
 */
public class PickListField extends ComboBox<String> {

    public PickListField(String list, List<String> values) {
        setItems(values);
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        addCustomValueSetListener(custom -> setValue(custom.getDetail().isBlank() ? null : custom.getDetail().strip()));
        setItemLabelGenerator(value -> {
            String label = getTranslation("pickList." + list + "." + value.replace(' ', '_'));
            return label == null || label.startsWith("!") ? value : label;
        });
    }
}
