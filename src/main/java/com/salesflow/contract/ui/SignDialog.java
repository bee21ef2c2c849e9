package com.salesflow.contract.ui;

import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.SignedCopy;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Records the signature of an approved contract: the day it was signed and the signed copy (PDF, JPEG or PNG of at
 * most 10 MB), kept in memory until confirmed. Signing creates the order.
 */
class SignDialog extends ContractDialog {

    private final Contracts contracts;
    private final ContractDetails contract;
    private final DatePicker signedOn = new DatePicker();
    private final Span fileError = new Span();
    private final Upload upload;
    /** Written by the upload request, read when confirmed. */
    private volatile SignedCopy copy;

    SignDialog(Contracts contracts, ContractDetails contract, LocalDate today, Runner runner) {
        super("sign-dialog", runner);
        this.contracts = contracts;
        this.contract = contract;
        texts(getTranslation("contract.signDialog.title", contract.summary().label()),
                getTranslation("contract.sign"));
        signedOn.setId("sign-signed-on");
        signedOn.setLabel(getTranslation("contract.signedOn"));
        signedOn.setMax(today);
        signedOn.setValue(today);
        signedOn.setRequiredIndicatorVisible(true);

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> copy = new SignedCopy(metadata.fileName(),
                contentType(metadata.contentType(), metadata.fileName()), data)));
        upload.setId("sign-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFileSize((int) SignedCopy.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(event -> {
            fileError.setText(getTranslation("contract.signDialog.fileRejected"));
            UiMessages.error(getTranslation("contract.signDialog.fileRejected"));
        });
        upload.addSucceededListener(event -> fileError.setText(""));
        upload.addFileRemovedListener(event -> copy = null);
        fileError.setId("sign-file-error");
        fileError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");

        fields.put("signedOn", signedOn);
        fields.put("signedCopy", new MessageLine(fileError));
        Span copyLabel = new Span(getTranslation("contract.signedCopy"));
        copyLabel.getStyle().set("font-weight", "500").set("font-size", "var(--lumo-font-size-s)");
        add(new Paragraph(getTranslation("contract.signDialog.text")), signedOn, copyLabel, upload, fileError);
        setWidth("32em");
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("contract.signDialog.pick")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("contract.signDialog.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("contract.signDialog.tooBig"))
                .setIncorrectFileType(getTranslation("contract.signDialog.wrongType"))
                .setTooManyFiles(getTranslation("contract.signDialog.oneFile")));
        return i18n;
    }

    /** The type the browser named, else by the file name; the service checks the content. */
    private static String contentType(String claimed, String fileName) {
        if (claimed != null && !claimed.isBlank() && !"application/octet-stream".equals(claimed)) {
            return claimed;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return claimed == null ? "application/octet-stream" : claimed;
    }

    @Override
    protected boolean checkLocally() {
        boolean ok = true;
        if (signedOn.getValue() == null) {
            invalid(signedOn, getTranslation("contract.signDialog.dateRequired"));
            ok = false;
        }
        if (copy == null) {
            fileError.setText(getTranslation("contract.signDialog.fileRequired"));
            ok = false;
        }
        return ok;
    }

    @Override
    protected ContractDetails call() {
        return contracts.sign(contract.id(), signedOn.getValue(), copy, contract.version());
    }
}
