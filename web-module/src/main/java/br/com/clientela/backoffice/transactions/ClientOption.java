package br.com.clientela.backoffice.transactions;

import java.io.Serializable;

/**
 * A client offered by a client autocomplete: its id and what the person reads. Its text form is what the
 * OmniFaces list converter matches the choice by, so it carries the id.
 */
public record ClientOption(Long id, String label) implements Serializable {

    @Override
    public String toString() {
        return id + " " + label;
    }
}
