package br.com.clientela.audit.entity;

/** What happened to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    TRASH,
    RESTORE,
    DELETE,
    MERGE,
    ANONYMISE
}
