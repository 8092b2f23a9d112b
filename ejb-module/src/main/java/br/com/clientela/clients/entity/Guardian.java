package br.com.clientela.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The legal guardian (responsável legal) of a client under 18: name and CPF (stored as 11 digits). Kept in the
 * client's row; a client without one has both columns empty.
 */
@Embeddable
public class Guardian {

    public static final int NAME_MAX = 150;
    public static final int ADULT_AGE = 18;

    @Column(name = "guardian_name", length = NAME_MAX)
    private String name;

    @Column(name = "guardian_document", length = 11)
    private String document;

    protected Guardian() {
    }

    public Guardian(String name, String document) {
        this.name = name;
        this.document = document;
    }

    /** Whether someone born on the date is under 18 today (null: unknown, so not a minor). */
    public static boolean isMinor(LocalDate birthDate, LocalDate today) {
        return birthDate != null && birthDate.plusYears(ADULT_AGE).isAfter(today);
    }

    public String getName() {
        return name;
    }

    public String getDocument() {
        return document;
    }

    public boolean isEmpty() {
        return name == null && document == null;
    }

    /** "Nome CPF" for the history. */
    public String summary() {
        return isEmpty() ? null : (name == null ? "" : name) + (document == null ? "" : " " + document);
    }
}
