package com.salesflow.designer.ui;

import com.salesflow.designer.Designer;
import com.salesflow.designer.ModelKind;
import com.salesflow.designer.SaveDraft;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Starts a model from a template: it is saved as draft 1 and opened in the editor. */
class NewModelDialog extends Dialog {

    NewModelDialog(Designer designer) {
        DesignerLabels labels = new DesignerLabels(this);
        setHeaderTitle(getTranslation("designer.new"));
        RadioButtonGroup<ModelKind> kind = new RadioButtonGroup<>(getTranslation("designer.kind"));
        kind.setItems(ModelKind.values());
        kind.setItemLabelGenerator(labels::kind);
        kind.setValue(ModelKind.BPMN);
        TextField name = new TextField(getTranslation("designer.newName"));
        name.setId("designer-new-name");
        name.setHelperText(getTranslation("designer.newNameHelp"));
        name.setWidthFull();
        name.setRequired(true);
        add(kind, name);
        Button create = new Button(getTranslation("designer.create"), click -> {
            String id = name.getValue() == null ? "" : name.getValue().strip();
            String fileName = id + kind.getValue().extension();
            try {
                designer.saveDraft(new SaveDraft(fileName, ModelTemplates.of(kind.getValue(), id), null));
                close();
                UI.getCurrent().navigate("designer/" + fileName);
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("fileName", name, "content", name), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            }
        });
        create.setId("designer-new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
