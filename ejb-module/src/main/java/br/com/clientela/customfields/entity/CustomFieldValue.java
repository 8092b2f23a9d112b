package br.com.clientela.customfields.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One client's value of one custom field, as normalised text (a number with a dot, a date as ISO yyyy-MM-dd).
 * The client is referenced by id only: the clients feature does not know about custom fields.
 */
@Entity
@Table(name = "custom_field_value")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class CustomFieldValue {

    public static final int VALUE_MAX = 500;

    @Id
    @SequenceGenerator(name = "custom_field_value_seq", sequenceName = "custom_field_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_value_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id", nullable = false, updatable = false)
    private CustomField field;

    @Column(name = "field_value", nullable = false, length = VALUE_MAX)
    private String value;

    @Version
    private long version;

    protected CustomFieldValue() {
    }

    public CustomFieldValue(Long clientId, CustomField field, String value) {
        this.clientId = clientId;
        this.field = field;
        this.value = value;
    }

    public Long getClientId() {
        return clientId;
    }

    public CustomField getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
