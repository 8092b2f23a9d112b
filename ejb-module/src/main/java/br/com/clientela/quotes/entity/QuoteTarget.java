package br.com.clientela.quotes.entity;

/** What an accepted quote was converted into. */
public enum QuoteTarget {
    ORDER("pedido"),
    INVOICE("fatura");

    private final String label;

    QuoteTarget(String label) {
        this.label = label;
    }

    /** "pedido", "fatura": lower case, to go inside a sentence. */
    public String label() {
        return label;
    }
}
