package br.com.clientela.customfields.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A field the company adds to its client record ("Porte do pet", "Convênio"). The key names it in the API and
 * never changes; the label is what people read. A deactivated field leaves the form but keeps its values, so
 * turning it on again brings them back. The options of a CHOICE field are kept one per line.
 */
@Entity
@Table(name = "custom_field")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class CustomField {

    public static final int KEY_MAX = 40;
    public static final int LABEL_MAX = 60;
    public static final int OPTION_MAX = 60;
    public static final int OPTIONS_MAX = 30;
    public static final String KEY_PATTERN = "[a-z][a-z0-9_]*";

    @Id
    @SequenceGenerator(name = "custom_field_seq", sequenceName = "custom_field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_seq")
    private Long id;

    @Column(name = "field_key", nullable = false, length = KEY_MAX, updatable = false)
    private String key;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CustomFieldType type;

    @Column(length = 2000)
    private String options;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Version
    private long version;

    protected CustomField() {
    }

    public CustomField(String key, String label, CustomFieldType type) {
        this.key = key;
        this.label = label;
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
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

    public List<String> getOptions() {
        return options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
    }

    public void setOptions(List<String> options) {
        this.options = options == null || options.isEmpty() ? null : String.join("\n", options);
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

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    /** Changes on every save: the version a form or an API client read (see RecordVersions). */
    public long getVersion() {
        return version;
    }
}
