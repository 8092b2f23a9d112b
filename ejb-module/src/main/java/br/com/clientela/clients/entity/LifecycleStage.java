package br.com.clientela.clients.entity;

/**
 * Where a client stands, computed and never typed: INACTIVE when staff set the status so; CUSTOMER once
 * they have paid something (an invoice payment or an order in a paid status); LEAD when they registered
 * themselves (fed by the portal, still to come); otherwise CONTACT, a client saved by staff who has not bought yet.
 */
public enum LifecycleStage {
    CUSTOMER,
    LEAD,
    CONTACT,
    INACTIVE;

    /** @param firstPurchaseAt when the client first paid; null when they never did */
    public static LifecycleStage of(ClientStatus status, java.time.LocalDateTime firstPurchaseAt) {
        return status == ClientStatus.INACTIVE ? INACTIVE : firstPurchaseAt != null ? CUSTOMER : CONTACT;
    }
}
