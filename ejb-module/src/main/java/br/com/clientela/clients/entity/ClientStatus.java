package br.com.clientela.clients.entity;

/** Situação, set by staff. */
public enum ClientStatus {
    ACTIVE,
    INACTIVE
}
