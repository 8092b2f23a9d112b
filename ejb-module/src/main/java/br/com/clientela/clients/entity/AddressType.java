package br.com.clientela.clients.entity;

/** Endereço principal, de entrega ou de cobrança. */
public enum AddressType {
    MAIN,
    DELIVERY,
    BILLING
}
