package com.salesflow.customer.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.customer.Source;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.PickLists;
import com.salesflow.shared.ui.PickListField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The customer profile (客户档案) in sections: basic, "software" information, needs, classification and credit, and
 * follow-up. Dumb: binds a {@link CustomerForm}; the caller saves it and hands back the server's field errors.
 */
class ProfileForm extends VerticalLayout {

    private final Binder<CustomerForm> binder = new Binder<>(CustomerForm.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<String> tagItems = new ArrayList<>();
    private CustomerForm form;

    final Select<CustomerType> type = new Select<>();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final TextField website = new TextField();
    final PickListField industry;
    final PickListField region;
    final TextField address = new TextField();
    final DatePicker birthday = new DatePicker();
    final Select<Source> source = new Select<>();
    final ComboBox<String> owner = new ComboBox<>();
    final Select<ContactChannel> preferredChannel = new Select<>();
    final TextField preferredTime = new TextField();
    final TextArea background = new TextArea();
    final TextArea preferences = new TextArea();
    final TextArea needs = new TextArea();
    final TextArea concerns = new TextArea();
    final Select<Grade> grade = new Select<>();
    final Select<Lifecycle> lifecycle = new Select<>();
    final Select<CreditRating> creditRating = new Select<>();
    final BigDecimalField creditLimit = new BigDecimalField();
    final IntegerField paymentTermDays = new IntegerField();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final DatePicker nextFollowUpAt = new DatePicker();

    /**
     * @param full   all sections (the customer page) or only basic information and classification (new customer)
     * @param owners logins offered as owner when creating a customer; null hides the owner field
     */
    ProfileForm(boolean full, List<String> owners, People people, PickLists pickLists) {
        industry = new PickListField("industry", pickLists.industries());
        region = new PickListField("region", pickLists.regions());
        setPadding(false);
        setSpacing(false);
        configureFields(owners, people);
        bind(owners != null);

        FormLayout basic = section("customer.section.basic");
        basic.add(type, name, phone, email, website, industry, region, address, source, birthday);
        basic.setColspan(address, 2);
        if (owners != null) {
            basic.add(owner);
        }
        FormLayout classification = section("customer.section.classification");
        classification.add(grade, lifecycle, tags);
        if (full) {
            FormLayout software = section("customer.section.software");
            software.add(preferredChannel, preferredTime, background, preferences);
            FormLayout needsSection = section("customer.section.needs");
            needsSection.add(needs, concerns);
            classification.add(creditRating, creditLimit, paymentTermDays, nextFollowUpAt);
            if (!people.mayEditCredit()) {
                // Credit is finance's: shown here, changed on the credit tab.
                for (com.vaadin.flow.component.HasValue<?, ?> field : List.of(creditRating, creditLimit,
                        paymentTermDays)) {
                    field.setReadOnly(true);
                }
                creditRating.setHelperText(getTranslation("credit.financeOnly"));
            }
            add(title("customer.section.basic"), basic, title("customer.section.software"), software,
                    title("customer.section.needs"), needsSection, title("customer.section.classification"),
                    classification);
        } else {
            classification.add(nextFollowUpAt);
            add(title("customer.section.basic"), basic, title("customer.section.classification"), classification);
        }
        birthday.setVisible(type.getValue() == CustomerType.PERSON);
        type.addValueChangeListener(change -> birthday.setVisible(change.getValue() == CustomerType.PERSON));
    }

    private void configureFields(List<String> owners, People people) {
        type.setItems(CustomerType.values());
        type.setItemLabelGenerator(value -> Labels.of(this, "customerType", value));
        source.setItems(Source.values());
        source.setItemLabelGenerator(value -> Labels.of(this, "source", value));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(value -> Labels.of(this, "grade", value));
        lifecycle.setItems(Lifecycle.values());
        lifecycle.setItemLabelGenerator(value -> Labels.of(this, "lifecycle", value));
        creditRating.setItems(CreditRating.values());
        creditRating.setEmptySelectionAllowed(true);
        creditRating.setEmptySelectionCaption(getTranslation("customer.none"));
        creditRating.setItemLabelGenerator(value -> value == null ? getTranslation("customer.none") : value.name());
        preferredChannel.setItems(ContactChannel.values());
        preferredChannel.setEmptySelectionAllowed(true);
        preferredChannel.setEmptySelectionCaption(getTranslation("customer.none"));
        preferredChannel.setItemLabelGenerator(value -> value == null ? getTranslation("customer.none")
                : Labels.of(this, "channel", value));
        if (owners != null) {
            owner.setItems(owners);
            owner.setItemLabelGenerator(people::name);
            owner.setAllowCustomValue(true);
            owner.addCustomValueSetListener(custom -> owner.setValue(custom.getDetail().strip()));
            owner.setClearButtonVisible(true);
            owner.setHelperText(getTranslation("customer.owner.help"));
        }
        tags.setItems(tagItems);
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(custom -> addTag(custom.getDetail()));
        tags.setHelperText(getTranslation("customer.tags.help"));
        creditLimit.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        paymentTermDays.setMin(0);
        paymentTermDays.setMax(365);
        paymentTermDays.setStepButtonsVisible(true);
        for (TextArea area : List.of(background, preferences, needs, concerns)) {
            area.setMaxLength(2000);
            area.setMinHeight("6em");
        }
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);

        label("type", type, "customer.type");
        label("name", name, "customer.name");
        label("phone", phone, "customer.phone");
        label("email", email, "customer.email");
        label("website", website, "customer.website");
        label("industry", industry, "customer.industry");
        label("region", region, "customer.region");
        label("address", address, "customer.address");
        label("birthday", birthday, "customer.birthday");
        label("source", source, "customer.source");
        label("owner", owner, "customer.owner");
        label("preferredChannel", preferredChannel, "customer.preferredChannel");
        label("preferredTime", preferredTime, "customer.preferredTime");
        label("background", background, "customer.background");
        label("preferences", preferences, "customer.preferences");
        label("needs", needs, "customer.needs");
        label("concerns", concerns, "customer.concerns");
        label("grade", grade, "customer.grade");
        label("lifecycle", lifecycle, "customer.lifecycle");
        label("creditRating", creditRating, "customer.creditRating");
        label("creditLimit", creditLimit, "customer.creditLimit");
        label("paymentTermDays", paymentTermDays, "customer.paymentTermDays");
        label("tags", tags, "customer.tags");
        label("nextFollowUpAt", nextFollowUpAt, "customer.nextFollowUpAt");
    }

    private <F extends HasValidation> void label(String property, F field, String key) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId("customer-" + property);
        fields.put(property, field);
    }

    private void bind(boolean withOwner) {
        binder.forField(type).asRequired(getTranslation("error.type.required"))
                .bind(CustomerForm::getType, CustomerForm::setType);
        binder.forField(name).asRequired(getTranslation("error.customer.name.required"))
                .bind(CustomerForm::getName, CustomerForm::setName);
        binder.forField(phone).bind(CustomerForm::getPhone, CustomerForm::setPhone);
        binder.forField(email).bind(CustomerForm::getEmail, CustomerForm::setEmail);
        binder.forField(website).bind(CustomerForm::getWebsite, CustomerForm::setWebsite);
        binder.forField(industry).withNullRepresentation("").bind(CustomerForm::getIndustry, CustomerForm::setIndustry);
        binder.forField(region).withNullRepresentation("").bind(CustomerForm::getRegion, CustomerForm::setRegion);
        binder.forField(address).bind(CustomerForm::getAddress, CustomerForm::setAddress);
        binder.forField(birthday).bind(CustomerForm::getBirthday, CustomerForm::setBirthday);
        binder.forField(source).asRequired(getTranslation("error.source.required"))
                .bind(CustomerForm::getSource, CustomerForm::setSource);
        if (withOwner) {
            binder.forField(owner).bind(CustomerForm::getOwner, CustomerForm::setOwner);
        }
        binder.forField(preferredChannel).bind(CustomerForm::getPreferredChannel, CustomerForm::setPreferredChannel);
        binder.forField(preferredTime).bind(CustomerForm::getPreferredTime, CustomerForm::setPreferredTime);
        binder.forField(background).bind(CustomerForm::getBackground, CustomerForm::setBackground);
        binder.forField(preferences).bind(CustomerForm::getPreferences, CustomerForm::setPreferences);
        binder.forField(needs).bind(CustomerForm::getNeeds, CustomerForm::setNeeds);
        binder.forField(concerns).bind(CustomerForm::getConcerns, CustomerForm::setConcerns);
        binder.forField(grade).asRequired(getTranslation("error.grade.required"))
                .bind(CustomerForm::getGrade, CustomerForm::setGrade);
        binder.forField(lifecycle).asRequired(getTranslation("error.lifecycle.required"))
                .bind(CustomerForm::getLifecycle, CustomerForm::setLifecycle);
        binder.forField(creditRating).bind(CustomerForm::getCreditRating, CustomerForm::setCreditRating);
        binder.forField(creditLimit).bind(CustomerForm::getCreditLimit, CustomerForm::setCreditLimit);
        binder.forField(paymentTermDays).bind(CustomerForm::getPaymentTermDays, CustomerForm::setPaymentTermDays);
        binder.forField(tags).bind(CustomerForm::getTags, CustomerForm::setTags);
        binder.forField(nextFollowUpAt).bind(CustomerForm::getNextFollowUpAt, CustomerForm::setNextFollowUpAt);
    }

    private void addTag(String value) {
        String tag = value == null ? "" : value.strip();
        if (tag.isEmpty()) {
            return;
        }
        if (!tagItems.contains(tag)) {
            tagItems.add(tag);
            tags.getDataProvider().refreshAll();
        }
        tags.select(tag);
    }

    /** Shows the form's values; keeps the bean so that {@link #write()} fills the same one. */
    void read(CustomerForm form) {
        this.form = form;
        tagItems.clear();
        tagItems.addAll(new TreeSet<>(form.getTags()));
        tags.getDataProvider().refreshAll();
        binder.readBean(form);
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** The edited form, or null when a field is invalid: the field says why, a notification says where. */
    CustomerForm write() {
        try {
            binder.writeBean(form);
            return form;
        } catch (ValidationException e) {
            e.getFieldValidationErrors().stream().map(error -> error.getField())
                    .filter(Focusable.class::isInstance).findFirst().ifPresent(field -> ((Focusable<?>) field).focus());
            UiMessages.error(getTranslation("form.fixFields"));
            return null;
        }
    }

    /** True when the user changed a field since the last {@link #read}. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    void showErrors(InvalidInputException e) {
        UiMessages.showFieldErrors(e, fields, this);
    }

    private FormLayout section(String key) {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        layout.getElement().setAttribute("aria-label", getTranslation(key));
        return layout;
    }

    private H4 title(String key) {
        H4 title = new H4(getTranslation(key));
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        return title;
    }
}
