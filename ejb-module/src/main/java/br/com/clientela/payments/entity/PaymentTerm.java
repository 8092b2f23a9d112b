package br.com.clientela.payments.entity;

/**
 * When a client pays (prazo de pagamento), as the fixed choices a receptionist picks from rather than a free
 * number of days: the common Brazilian terms, each with the days from service to due date that invoices will
 * use. An enum keeps filters and reports simple; a new term is one more constant.
 */
public enum PaymentTerm {
    /** À vista: paid at the time of the service. */
    IMMEDIATE(0),
    DAYS_7(7),
    DAYS_15(15),
    DAYS_30(30),
    DAYS_45(45),
    DAYS_60(60);

    private final int days;

    PaymentTerm(int days) {
        this.days = days;
    }

    /** Days from the service (or invoice) to the due date. */
    public int days() {
        return days;
    }
}
