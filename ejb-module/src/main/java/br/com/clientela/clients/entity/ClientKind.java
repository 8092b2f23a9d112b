package br.com.clientela.clients.entity;

/** Pessoa física (CPF) or pessoa jurídica (CNPJ). */
public enum ClientKind {
    PERSON,
    ORGANIZATION
}
