package com.salesflow.customer.ui;

import com.salesflow.customer.CreditProfile;
import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CreditSurvey;
import com.salesflow.customer.CreditSurveyForm;
import com.salesflow.customer.CreditTermsForm;
import com.salesflow.customer.CustomerCredit;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The credit tab of a customer (信用): rating, limit, payment terms, last review and the survey history; finance and
 * administrators also record surveys and set the terms (the server checks the role again).
 */
class CreditPanel extends VerticalLayout {

    private final CustomerCredit credit;
    private final boolean mayEdit;
    private final People people;
    private final Runnable onChanged;
    private final Div facts = new Div();
    private final Grid<CreditSurvey> history = new Grid<>();
    private CreditProfile profile;

    /** @param onChanged runs after a survey or new terms (the customer has a new version) */
    CreditPanel(CustomerCredit credit, CurrentUser currentUser, People people, Runnable onChanged) {
        this.credit = credit;
        this.onChanged = onChanged;
        this.people = people;
        this.mayEdit = currentUser.hasRole(Roles.FINANCE) || currentUser.hasRole(Roles.ADMINS);
        setId("credit-panel");
        setPadding(false);
        facts.setId("credit-facts");
        facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");

        HorizontalLayout actions = new HorizontalLayout();
        if (mayEdit) {
            Button survey = new Button(getTranslation("credit.survey"), VaadinIcon.CLIPBOARD_CHECK.create(),
                    click -> surveyDialog().open());
            survey.setId("credit-survey");
            survey.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button terms = new Button(getTranslation("credit.terms.edit"), VaadinIcon.EDIT.create(),
                    click -> termsDialog().open());
            terms.setId("credit-terms");
            actions.add(survey, terms);
        }

        history.setId("credit-history");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        history.addColumn(survey -> Labels.dateTime(getLocale(), survey.surveyedAt()))
                .setHeader(getTranslation("credit.surveyedAt")).setAutoWidth(true);
        history.addColumn(survey -> people.name(survey.surveyedBy())).setHeader(getTranslation("credit.surveyedBy"))
                .setAutoWidth(true);
        history.addColumn(survey -> survey.netAssets() + " / " + survey.totalAssets() + " / " + survey.prospects()
                + " / " + survey.paymentRecord()).setHeader(getTranslation("credit.answers")).setAutoWidth(true);
        history.addColumn(survey -> survey.rating().name()).setHeader(getTranslation("credit.rating"))
                .setAutoWidth(true);
        history.addColumn(survey -> money(survey.suggestedLimit()) + " · "
                + getTranslation("credit.days", survey.suggestedTermsDays()))
                .setHeader(getTranslation("credit.suggestion")).setAutoWidth(true);
        history.addColumn(CreditSurvey::note).setHeader(getTranslation("credit.note")).setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("credit.history.empty"));

        Paragraph hint = new Paragraph(getTranslation("credit.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(facts, actions, hint, new H4(getTranslation("credit.history")), history);
    }

    void show(long customerId) {
        profile = credit.profile(customerId);
        facts.removeAll();
        facts.add(fact("credit.rating", profile.rating() == null ? getTranslation("credit.notRated")
                        : profile.rating().name(), "credit-rating-value"),
                fact("credit.limit", profile.creditLimit() == null ? getTranslation("credit.noLimit")
                        : money(profile.creditLimit()), "credit-limit-value"),
                fact("credit.paymentTerms", profile.paymentTermsDays() == null ? getTranslation("credit.standardTerms")
                        : getTranslation("credit.days", profile.paymentTermsDays()), "credit-terms-value"),
                fact("credit.reviewed", profile.reviewedAt() == null ? getTranslation("credit.neverReviewed")
                        : Labels.dateTime(getLocale(), profile.reviewedAt()) + " · " + people.name(profile.reviewedBy()),
                        "credit-reviewed-value"));
        history.setItems(credit.surveys(customerId));
        history.recalculateColumnWidths();
    }

    private Div fact(String key, String value, String id) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("font-weight", "600");
        return new Div(label, text);
    }

    private String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(amount);
    }

    private Dialog surveyDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("credit-survey-dialog");
        dialog.setHeaderTitle(getTranslation("credit.survey"));
        dialog.setWidth("min(40em, 95vw)");
        RadioButtonGroup<CreditRating> netAssets = answer("netAssets");
        RadioButtonGroup<CreditRating> totalAssets = answer("totalAssets");
        RadioButtonGroup<CreditRating> prospects = answer("prospects");
        RadioButtonGroup<CreditRating> paymentRecord = answer("paymentRecord");
        TextArea note = new TextArea(getTranslation("credit.note"));
        note.setId("credit-survey-note");
        note.setMaxLength(1000);
        Paragraph scale = new Paragraph(getTranslation("credit.scale"));
        scale.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        FormLayout form = new FormLayout(scale, netAssets, totalAssets, prospects, paymentRecord, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div result = new Div();
        result.setId("credit-survey-result");
        dialog.add(form, result);

        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("credit-survey-cancel");
        Button save = new Button(getTranslation("credit.survey.save"));
        save.setId("credit-survey-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                CreditProfile saved = credit.survey(profile.customerId(), new CreditSurveyForm(netAssets.getValue(),
                        totalAssets.getValue(), prospects.getValue(), paymentRecord.getValue(), note.getValue(),
                        profile.version()));
                changed();
                // The suggestion stays in view until the user closes the dialog.
                form.setVisible(false);
                save.setVisible(false);
                cancel.setText(getTranslation("action.close"));
                result.add(new Paragraph(getTranslation("credit.survey.result", saved.rating().name(),
                        money(saved.creditLimit()), saved.paymentTermsDays())));
                UiMessages.success(getTranslation("credit.survey.saved"));
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("netAssets", netAssets, "totalAssets", totalAssets,
                        "prospects", prospects, "paymentRecord", paymentRecord, "note", note), this);
            } catch (ConflictException | AccessDeniedException | NotFoundException e) {
                failed(dialog, e);
            }
        });
        dialog.getFooter().add(cancel, save);
        return dialog;
    }

    private RadioButtonGroup<CreditRating> answer(String key) {
        RadioButtonGroup<CreditRating> group = new RadioButtonGroup<>(getTranslation("credit.answer." + key));
        group.setId("credit-" + key);
        group.setItems(CreditRating.values());
        group.setItemLabelGenerator(CreditRating::name);
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.setHelperText(getTranslation("credit.answer." + key + ".help"));
        group.setRequiredIndicatorVisible(true);
        return group;
    }

    private Dialog termsDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("credit-terms-dialog");
        dialog.setHeaderTitle(getTranslation("credit.terms.edit"));
        dialog.setWidth("min(28em, 95vw)");
        BigDecimalField limit = new BigDecimalField(getTranslation("credit.limit"));
        limit.setId("credit-terms-limit");
        limit.setPrefixComponent(new Span("¥"));
        limit.setValue(profile.creditLimit());
        limit.setRequiredIndicatorVisible(true);
        IntegerField days = new IntegerField(getTranslation("credit.paymentTerms"));
        days.setId("credit-terms-days");
        days.setMin(0);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        days.setValue(profile.paymentTermsDays());
        days.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(limit, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                credit.setTerms(profile.customerId(), new CreditTermsForm(limit.getValue(), days.getValue(),
                        profile.version()));
                dialog.close();
                changed();
                UiMessages.success(getTranslation("credit.terms.saved"));
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("creditLimit", limit, "paymentTermsDays", days), this);
            } catch (ConflictException | AccessDeniedException | NotFoundException e) {
                failed(dialog, e);
            }
        });
        save.setId("credit-terms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private void changed() {
        show(profile.customerId());
        onChanged.run();
    }

    /** A stale version or a lost right: say so, close and show what is current. */
    private void failed(Dialog dialog, RuntimeException e) {
        if (e instanceof ConflictException conflict) {
            UiMessages.conflict(conflict, this);
        } else if (e instanceof NotFoundException) {
            UiMessages.error(getTranslation("customer.notFound"));
        } else {
            UiMessages.error(e.getMessage());
        }
        dialog.close();
        try {
            changed();
        } catch (NotFoundException gone) {
            // nothing left to show
        }
    }
}
