package br.com.clientela.transactions.entity;

/** The financial accounts every company starts with; the company may rename them and add its own. */
public enum SystemAccount {
    CASH("Caixa"),
    BANK("Banco"),
    WALLET("Carteira de clientes");

    private final String defaultName;

    SystemAccount(String defaultName) {
        this.defaultName = defaultName;
    }

    public String defaultName() {
        return defaultName;
    }
}
