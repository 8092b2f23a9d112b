package br.com.clientela.payments.entity;

/**
 * How money is paid (forma de pagamento): a client's preferred method now, and the method of payments and
 * transactions when the money features land. WALLET is the client's prepaid balance (carteira).
 */
public enum PaymentMethod {
    PIX, BOLETO, CARD, CASH, TRANSFER, WALLET
}
