package br.com.clientela.transactions.entity;

/** The transaction categories the system writes by itself, with the pt-BR name each company starts with. */
public enum SystemCategory {
    PAYMENT("Pagamento de fatura"),
    REFUND("Estorno"),
    WALLET_TOP_UP("Recarga de carteira"),
    WALLET_DEBIT("Débito de carteira"),
    ADJUSTMENT("Ajuste manual"),
    REWARD_REDEMPTION("Resgate de pontos");

    private final String defaultName;

    SystemCategory(String defaultName) {
        this.defaultName = defaultName;
    }

    public String defaultName() {
        return defaultName;
    }
}
