package com.salesflow.contract.ui;

import com.salesflow.contract.ContractDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A dialog of the contract page that makes one service call: the page runs it, shows field errors on the dialog's
 * fields (by the server's field names) and closes the dialog when the call went through.
 */
abstract class ContractDialog extends Dialog {

    /** Runs the call; shows refusals on the fields given (else as a notification); answers whether it went. */
    interface Runner {
        boolean run(Supplier<ContractDetails> call, Map<String, ? extends HasValidation> fields);
    }

    /** The fields by the names the server uses in its errors. */
    protected final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Runner runner;
    private final Button confirm = new Button();

    ContractDialog(String id, Runner runner) {
        this.runner = runner;
        setId(id);
        setCloseOnOutsideClick(false);
        confirm.addClickListener(click -> confirm());
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, confirm);
    }

    protected void texts(String title, String confirmText) {
        setHeaderTitle(title);
        confirm.setText(confirmText);
    }

    private void confirm() {
        fields.values().forEach(field -> field.setInvalid(false));
        if (!checkLocally()) {
            return;
        }
        if (runner.run(this::call, fields)) {
            close();
        }
    }

    /** What the dialog checks before asking the server (the server checks again); false to stay open. */
    protected boolean checkLocally() {
        return true;
    }

    protected abstract ContractDetails call();

    protected void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
