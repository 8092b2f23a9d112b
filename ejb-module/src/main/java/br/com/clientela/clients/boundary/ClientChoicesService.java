package br.com.clientela.clients.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the client list offers in its filters and bulk actions: centers, owners and the origins in use. */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ClientChoicesService {

    private static final int MAX_ORIGINS = 100;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    /** The company's centers (unidades), inactive ones too since clients may still point at them. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<Choice> centers() {
        return em.createQuery("select new br.com.clientela.clients.boundary.Choice(c.id, c.name) from Center c"
                + " order by c.name", Choice.class).getResultList();
    }

    /** The company's active staff, who may own clients. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<Choice> owners() {
        return em.createQuery("select new br.com.clientela.clients.boundary.Choice(u.id, u.name) from StaffUser u"
                + " where u.active = true order by u.name", Choice.class).getResultList();
    }

    /** The origins ("como nos conheceu") the company's clients have, alphabetically. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<String> origins() {
        return em.createQuery("select distinct c.origin from Client c where c.origin is not null"
                + " and c.deletedAt is null order by c.origin", String.class).setMaxResults(MAX_ORIGINS).getResultList();
    }
}
