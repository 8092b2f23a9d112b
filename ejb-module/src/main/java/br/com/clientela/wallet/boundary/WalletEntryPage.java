package br.com.clientela.wallet.boundary;

import java.util.List;

/** One page of a wallet's ledger, newest first, and how many entries it has in all. */
public record WalletEntryPage(List<WalletEntryRow> items, long total) {
}
