package br.com.clientela.lines.entity;

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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The last number a company gave to one kind of document. Every company has one row per kind from the start. */
@Entity
@Table(name = "document_counter")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class DocumentCounter {

    @Id
    @SequenceGenerator(name = "document_counter_seq", sequenceName = "document_counter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_counter_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected DocumentCounter() {
    }

    public DocumentCounter(DocumentKind kind) {
        this.kind = kind;
    }

    /** The next number; only call on a row locked for this transaction. */
    public long next() {
        return ++lastNumber;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public long getLastNumber() {
        return lastNumber;
    }
}
