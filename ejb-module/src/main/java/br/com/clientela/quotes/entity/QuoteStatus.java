package br.com.clientela.quotes.entity;

/**
 * Where a quote (orçamento) stands: DRAFT → SENT → ACCEPTED | REJECTED | EXPIRED, and ACCEPTED → CONVERTED into
 * an order or invoice. The label is the word a person reads on screens, messages and the PDF.
 */
public enum QuoteStatus {
    DRAFT("Rascunho"),
    SENT("Enviado"),
    ACCEPTED("Aceito"),
    REJECTED("Recusado"),
    EXPIRED("Vencido"),
    CONVERTED("Convertido");

    private final String label;

    QuoteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
