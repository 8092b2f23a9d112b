package br.com.clientela.alerts.entity;

/** What an alert is about; {@code label} is how the client's history names it (pt-BR, like the pages). */
public enum AlertType {
    MEDICAL("Médico"), FINANCIAL("Financeiro"), BEHAVIOUR("Comportamento"), ADMINISTRATIVE("Administrativo"),
    OTHER("Outro");

    private final String label;

    AlertType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
