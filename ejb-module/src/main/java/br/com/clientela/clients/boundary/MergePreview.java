package br.com.clientela.clients.boundary;

import java.util.List;

/** The two clients side by side before a merge, with each choosable field's value on either side. */
public record MergePreview(ClientDetails winner, ClientDetails loser, List<FieldValues> fields) {

    /** One choosable field: its name (as in the history) and both values as stored. */
    public record FieldValues(String field, String winnerValue, String loserValue) {

        public boolean differs() {
            return !java.util.Objects.equals(winnerValue, loserValue);
        }
    }
}
