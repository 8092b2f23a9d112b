package br.com.clientela.alerts.entity;

/** What an alert is about. */
public enum AlertType {
    MEDICAL, FINANCIAL, BEHAVIOUR, ADMINISTRATIVE, OTHER
}
