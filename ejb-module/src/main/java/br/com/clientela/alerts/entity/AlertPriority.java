package br.com.clientela.alerts.entity;

/**
 * How urgent an alert is, least first: the order of the constants is the order of urgency. {@code label} is how
 * the client's history names it (pt-BR, like the pages).
 */
public enum AlertPriority {
    LOW("Baixa"), MEDIUM("Média"), HIGH("Alta"), CRITICAL("Crítica");

    private final String label;

    AlertPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
