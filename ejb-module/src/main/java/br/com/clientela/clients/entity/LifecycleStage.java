package br.com.clientela.clients.entity;

/**
 * Where a client stands, computed and never typed: INACTIVE when staff set the status so; CUSTOMER once
 * they have bought and LEAD when they registered themselves (both fed by features still to come); otherwise
 * CONTACT, a client saved by staff who has not bought yet.
 */
public enum LifecycleStage {
    CUSTOMER,
    LEAD,
    CONTACT,
    INACTIVE;

    public static LifecycleStage of(ClientStatus status) {
        return status == ClientStatus.INACTIVE ? INACTIVE : CONTACT;
    }
}
