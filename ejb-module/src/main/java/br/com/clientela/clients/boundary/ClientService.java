package br.com.clientela.clients.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The company's clients. The foundation only counts them; the client registry adds the rest. */
@Stateless
public class ClientService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count() {
        return em.createNamedQuery("Client.count", Long.class).getSingleResult();
    }
}
