package br.com.clientela.centers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A branch or location of the company (unidade / centro). Never deleted, only deactivated, so clients and
 * later appointments keep pointing at it; an inactive center is not offered for new assignments.
 */
@Entity
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Center {

    public static final int NAME_MAX = 80;

    @Id
    @SequenceGenerator(name = "center_seq", sequenceName = "center_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "center_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Center() {
    }

    public Center(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Changes on every save: the version a form or an API client read (see RecordVersions). */
    public long getVersion() {
        return version;
    }
}
