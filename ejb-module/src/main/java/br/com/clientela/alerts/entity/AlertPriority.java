package br.com.clientela.alerts.entity;

/** How urgent an alert is, least first: the order of the constants is the order of urgency. */
public enum AlertPriority {
    LOW, MEDIUM, HIGH, CRITICAL
}
