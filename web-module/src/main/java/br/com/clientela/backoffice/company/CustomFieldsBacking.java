package br.com.clientela.backoffice.company;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.customfields.boundary.CustomFieldInput;
import br.com.clientela.customfields.boundary.CustomFieldRow;
import br.com.clientela.customfields.boundary.CustomFieldService;
import br.com.clientela.customfields.entity.CustomFieldType;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The company's custom fields of the client record (company/custom-fields.xhtml, ADMIN): list, create and
 * change them in a dialog, deactivate or turn them on again, and delete them for good after a confirmation.
 * A company has at most 50 fields (the service's bound), so the table shows them all.
 */
@Named
@ViewScoped
public class CustomFieldsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomFieldService customFields;

    private List<CustomFieldRow> fields;
    private FieldForm form = new FieldForm();

    /** f:viewAction */
    public void load() {
        fields = customFields.list();
    }

    public void prepareNew() {
        form = new FieldForm();
    }

    public void prepareEdit(CustomFieldRow row) {
        form = FieldForm.of(row);
    }

    public void save() {
        CustomFieldInput input = form.toInput();
        boolean creating = form.id == null;
        CustomFieldRow[] saved = new CustomFieldRow[1];
        if (PageMessages.attempt("fieldForm",
                () -> saved[0] = creating ? customFields.create(input) : customFields.update(form.id, input, form.version))) {
            PageMessages.info(creating ? "customFields.created" : "customFields.saved", saved[0].label());
            load();
        }
    }

    public void deactivate(CustomFieldRow row) {
        if (PageMessages.attempt(null, () -> customFields.deactivate(row.id()))) {
            PageMessages.info("customFields.deactivated", row.label());
        }
        load();
    }

    public void activate(CustomFieldRow row) {
        if (PageMessages.attempt(null, () -> customFields.activate(row.id()))) {
            PageMessages.info("customFields.activated", row.label());
        }
        load();
    }

    public void delete(CustomFieldRow row) {
        if (PageMessages.attempt(null, () -> customFields.delete(row.id()))) {
            PageMessages.info("customFields.deleted", row.label());
        }
        load();
    }

    public List<CustomFieldRow> getFields() {
        return fields;
    }

    public FieldForm getForm() {
        return form;
    }

    public CustomFieldType[] getTypes() {
        return CustomFieldType.values();
    }

    /** What the dialog's inputs hold; the options are typed one per line. */
    public static class FieldForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        /** The version the dialog was opened on: a save over someone else's later save is refused. */
        private Long version;
        private String key;
        private String label;
        private CustomFieldType type = CustomFieldType.TEXT;
        private String options;
        private boolean required;
        private boolean active = true;
        private Integer position;

        static FieldForm of(CustomFieldRow row) {
            FieldForm form = new FieldForm();
            form.id = row.id();
            form.version = row.version();
            form.key = row.key();
            form.label = row.label();
            form.type = row.type();
            form.options = String.join("\n", row.options());
            form.required = row.required();
            form.active = row.active();
            form.position = row.position();
            return form;
        }

        CustomFieldInput toInput() {
            List<String> lines = options == null ? List.of()
                    : Arrays.stream(options.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            return new CustomFieldInput(key == null || key.isBlank() ? null : key.trim(), label, type,
                    type == CustomFieldType.CHOICE ? lines : List.of(), required, active, position);
        }

        public boolean isCreating() {
            return id == null;
        }

        public boolean isChoice() {
            return type == CustomFieldType.CHOICE;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public CustomFieldType getType() {
            return type;
        }

        public void setType(CustomFieldType type) {
            this.type = type;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }
    }
}
