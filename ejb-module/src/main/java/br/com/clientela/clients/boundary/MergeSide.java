package br.com.clientela.clients.boundary;

/** Which of the two merged clients a field's value is kept from. */
public enum MergeSide {
    WINNER,
    LOSER
}
