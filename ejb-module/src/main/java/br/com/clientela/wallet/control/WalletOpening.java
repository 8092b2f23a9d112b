package br.com.clientela.wallet.control;

import br.com.clientela.wallet.entity.Wallet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a client's wallet on first use, in a transaction of its own: when two first uses race, one insert
 * wins and the other fails on the unique client_id without spoiling its caller's transaction (the caller then
 * just locks the row the winner made).
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class WalletOpening {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(Long clientId) {
        em.persist(new Wallet(clientId));
        em.flush();
    }
}
