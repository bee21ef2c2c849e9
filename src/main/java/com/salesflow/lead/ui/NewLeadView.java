package com.salesflow.lead.ui;

import com.salesflow.customer.Source;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.lead.CompanySize;
import com.salesflow.lead.Engagement;
import com.salesflow.lead.LeadDetails;
import com.salesflow.lead.LeadForm;
import com.salesflow.lead.LeadStatus;
import com.salesflow.lead.LeadSummary;
import com.salesflow.lead.Leads;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.salesflow.shared.PickLists;
import com.salesflow.shared.ui.PickListField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The intake form (线索登记): who, how to reach them, where the lead came from and what they asked for. Dumb: the
 * server checks the form, scores and routes the lead; its field errors come back onto the fields with what was
 * typed kept.
 */
@Route("leads/new")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
public class NewLeadView extends VerticalLayout implements HasDynamicTitle {

    private final Leads leads;
    private final LeadLabels labels;
    private final Binder<LeadForm> binder = new Binder<>(LeadForm.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final LeadForm form = new LeadForm();

    private final TextField name = new TextField();
    private final TextField company = new TextField();
    private final TextField phone = new TextField();
    // A plain text field: the server's e-mail check and its message are the ones that count.
    private final TextField email = new TextField();
    private final Select<Source> source = new Select<>();
    private final PickListField industry;
    private final PickListField region;
    private final Select<CompanySize> companySize = new Select<>();
    private final Select<Engagement> engagement = new Select<>();
    private final TextArea need = new TextArea();
    private final TextArea notes = new TextArea();

    NewLeadView(Leads leads, UserDirectory directory, PickLists pickLists) {
        this.leads = leads;
        this.industry = new PickListField("industry", pickLists.industries());
        this.region = new PickListField("region", pickLists.regions());
        this.labels = new LeadLabels(this, directory);
        setId("new-lead-view");
        setMaxWidth("60em");
        configureFields();
        bind();

        H2 heading = new H2(getTranslation("leads.intake"));
        heading.setId("new-lead-heading");
        Button back = new Button(getTranslation("lead.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(LeadsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(heading, back);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();

        FormLayout who = section("leads.section.who");
        who.add(name, company, phone, email);
        FormLayout about = section("leads.section.about");
        about.add(source, engagement, industry, region, companySize, need, notes);
        about.setColspan(need, 2);
        about.setColspan(notes, 2);

        Button submit = new Button(getTranslation("leads.submit"), VaadinIcon.CHECK.create(), click -> submit());
        submit.setId("lead-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> UI.getCurrent().navigate(LeadsView.class));
        cancel.setId("lead-cancel");

        add(header, new Paragraph(getTranslation("leads.intake.intro")), title("leads.section.who"), who,
                title("leads.section.about"), about, new HorizontalLayout(submit, cancel));
        binder.readBean(form);
    }

    private void configureFields() {
        source.setItems(Source.values());
        source.setItemLabelGenerator(value -> labels.of("source", value));
        companySize.setItems(CompanySize.values());
        companySize.setEmptySelectionAllowed(true);
        companySize.setEmptySelectionCaption(getTranslation("lead.none"));
        companySize.setItemLabelGenerator(value -> value == null ? getTranslation("lead.none")
                : labels.of("companySize", value));
        engagement.setItems(Engagement.values());
        engagement.setItemLabelGenerator(value -> labels.of("engagement", value));
        industry.setHelperText(getTranslation("lead.industry.help"));
        region.setHelperText(getTranslation("lead.region.help"));
        for (TextArea area : new TextArea[] {need, notes}) {
            area.setMaxLength(2000);
            area.setMinHeight("5em");
        }
        name.setMaxLength(120);
        company.setMaxLength(200);
        phone.setMaxLength(40);
        email.setMaxLength(200);

        label("name", name);
        label("company", company);
        label("phone", phone);
        label("email", email);
        label("source", source);
        label("industry", industry);
        label("region", region);
        label("companySize", companySize);
        label("engagement", engagement);
        label("need", need);
        label("notes", notes);
    }

    /** The form property is the field's id suffix, label key suffix and the server's field-error name alike. */
    private <F extends HasValidation & HasLabel> void label(String property, F field) {
        field.setLabel(getTranslation("lead." + property));
        ((com.vaadin.flow.component.Component) field).setId("lead-" + property);
        fields.put(property, field);
    }

    private void bind() {
        binder.forField(name).bind(LeadForm::getName, LeadForm::setName);
        binder.forField(company).bind(LeadForm::getCompany, LeadForm::setCompany);
        binder.forField(phone).bind(LeadForm::getPhone, LeadForm::setPhone);
        binder.forField(email).bind(LeadForm::getEmail, LeadForm::setEmail);
        binder.forField(source).asRequired(getTranslation("error.lead.source"))
                .bind(LeadForm::getSource, LeadForm::setSource);
        binder.forField(industry).withNullRepresentation("").bind(LeadForm::getIndustry, LeadForm::setIndustry);
        binder.forField(region).withNullRepresentation("").bind(LeadForm::getRegion, LeadForm::setRegion);
        binder.forField(companySize).bind(LeadForm::getCompanySize, LeadForm::setCompanySize);
        binder.forField(engagement).bind(LeadForm::getEngagement, LeadForm::setEngagement);
        binder.forField(need).bind(LeadForm::getNeed, LeadForm::setNeed);
        binder.forField(notes).bind(LeadForm::getNotes, LeadForm::setNotes);
    }

    private void submit() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            UiMessages.error(getTranslation("form.fixFields"));
            return;
        }
        LeadDetails created;
        try {
            created = leads.submit(form);
        } catch (InvalidInputException e) {
            // Nothing was saved; the fields keep what was typed.
            UiMessages.showFieldErrors(e, fields, this);
            UiMessages.error(getTranslation("form.fixFields"));
            return;
        } catch (AccessDeniedException e) {
            UiMessages.error(e.getMessage());
            return;
        }
        showWhereItWent(created.lead());
    }

    /**
     * The new lead's page (whoever entered a lead may follow it), or for a lead merged into a lead outside the
     * user's scope, the list with a notification that says where it went.
     */
    private void showWhereItWent(LeadSummary lead) {
        long shown = lead.status() == LeadStatus.MERGED && lead.duplicateOf() != null ? lead.duplicateOf() : lead.id();
        String message = lead.status() == LeadStatus.MERGED
                ? getTranslation("leads.merged", String.valueOf(lead.duplicateOf()))
                : getTranslation("leads.created", "#" + lead.id(), labels.of("leadRating", lead.rating()),
                        labels.person(lead.owner()));
        boolean visible;
        try {
            leads.get(shown);
            visible = true;
        } catch (NotFoundException e) {
            visible = false;
        }
        if (visible) {
            UiMessages.success(message);
            UI.getCurrent().navigate(LeadView.class, new RouteParameters("id", String.valueOf(shown)));
        } else {
            UiMessages.success(lead.status() == LeadStatus.MERGED ? message
                    : getTranslation("leads.createdElsewhere", "#" + lead.id(), labels.person(lead.owner())));
            UI.getCurrent().navigate(LeadsView.class);
        }
    }

    private FormLayout section(String key) {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.getElement().setAttribute("aria-label", getTranslation(key));
        return layout;
    }

    private H4 title(String key) {
        H4 title = new H4(getTranslation(key));
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        return title;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leads.intake") + " · Salesflow";
    }
}
