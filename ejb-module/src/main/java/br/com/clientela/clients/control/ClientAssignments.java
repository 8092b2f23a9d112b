package br.com.clientela.clients.control;

import br.com.clientela.centers.entity.Center;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Finds the center and the owner a client is assigned to, by the ids typed. The queries run in the caller's
 * company (the persistence context is tenant-scoped), so another company's center or staff member is simply
 * not found and is refused on its field, like an id that does not exist. An inactive one is accepted only when
 * the client already has it, so saving a client does not force choosing again.
 */
@Dependent
public class ClientAssignments {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    public Center center(Long id, Center current) {
        if (id == null) {
            return null;
        }
        if (current != null && current.getId().equals(id)) {
            return current;
        }
        return em.createQuery("select c from Center c where c.id = :id and c.active = true", Center.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("centerId", "Unidade não encontrada ou inativa."));
    }

    public StaffUser owner(Long id, StaffUser current) {
        if (id == null) {
            return null;
        }
        if (current != null && current.getId().equals(id)) {
            return current;
        }
        return em.createQuery("select u from StaffUser u where u.id = :id and u.active = true", StaffUser.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("ownerId", "Responsável não encontrado ou inativo."));
    }
}
