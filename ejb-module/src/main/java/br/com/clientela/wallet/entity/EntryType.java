package br.com.clientela.wallet.entity;

/** Money into the wallet (CREDIT) or out of it (DEBIT). */
public enum EntryType {
    CREDIT, DEBIT
}
