package br.com.clientela.customfields.entity;

/** What a custom field holds, which decides the input on the form and how a value is checked. */
public enum CustomFieldType {
    TEXT, NUMBER, DATE, CHOICE
}
