package br.com.clientela.clients.boundary;

import br.com.clientela.clients.control.ClientErasure;

/**
 * What "excluir definitivamente" did to a client: deleted it, or — when it has money records the law requires to
 * keep — anonymised it; the message says which in pt-BR.
 */
public record Erasure(Long id, ClientErasure.Outcome outcome, String message) {

    static Erasure of(Long id, ClientErasure.Outcome outcome) {
        return new Erasure(id, outcome, outcome == ClientErasure.Outcome.DELETED ? "Cliente excluído definitivamente."
                : "O cliente tem registros financeiros (faturas, pagamentos, carteira, pontos, orçamentos ou pedidos), "
                        + "que a lei exige guardar: seus dados pessoais foram apagados e ele passa a aparecer como "
                        + "\"Cliente anonimizado #" + id + "\" nesses registros.");
    }

    public boolean anonymised() {
        return outcome == ClientErasure.Outcome.ANONYMISED;
    }
}
