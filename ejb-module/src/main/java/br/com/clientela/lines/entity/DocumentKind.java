package br.com.clientela.lines.entity;

/** The documents numbered per company, each in its own sequence 1, 2, 3... */
public enum DocumentKind {
    QUOTE, ORDER, INVOICE
}
