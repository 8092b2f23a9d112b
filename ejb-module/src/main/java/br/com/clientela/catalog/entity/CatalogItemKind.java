package br.com.clientela.catalog.entity;

/** Serviço (a session, a bath, a consultation) or produto (something sold). */
public enum CatalogItemKind {
    SERVICE,
    PRODUCT
}
