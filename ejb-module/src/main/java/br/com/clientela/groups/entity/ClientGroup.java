package br.com.clientela.groups.entity;

import br.com.clientela.clients.entity.Client;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A company-defined set of clients ("VIP", "Banho e tosa"), used to filter and to act on many at once. */
@Entity
@Table(name = "client_group")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class ClientGroup {

    public static final int NAME_MAX = 60;

    @Id
    @SequenceGenerator(name = "client_group_seq", sequenceName = "client_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_group_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ManyToMany(mappedBy = "groups")
    private Set<Client> members = new HashSet<>();

    @Version
    private long version;

    protected ClientGroup() {
    }

    public ClientGroup(String name) {
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

    public Set<Client> getMembers() {
        return members;
    }
}
