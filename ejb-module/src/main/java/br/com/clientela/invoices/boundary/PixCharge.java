package br.com.clientela.invoices.boundary;

import java.math.BigDecimal;

/** The PIX "copia e cola" of an open invoice: the payload, the amount it charges (what is due) and its txid. */
public record PixCharge(String payload, BigDecimal amount, String txid) {
}
