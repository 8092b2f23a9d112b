package br.com.clientela.clients.control;

import br.com.clientela.clients.boundary.PossibleDuplicate;
import br.com.clientela.clients.entity.Client;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the company's other clients that look like the same person: by e-mail (case ignored) or phone for a
 * warning, by CPF/CNPJ for the refusal. Runs in the caller's tenant scope like every query.
 */
@Dependent
public class DuplicateFinder {

    private static final int MAX_WARNINGS = 10;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    /** Clients outside the trash, other than {@code ownId}, sharing the e-mail or the normalised phone. */
    public List<PossibleDuplicate> sharingContact(Long ownId, String email, String normalizedPhone) {
        String mail = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        if (mail == null && normalizedPhone == null) {
            return List.of();
        }
        List<Object[]> found = em.createQuery("select c.id, c.name, c.emailKey, c.phone from Client c"
                + " where c.deletedAt is null and c.id <> :id and (c.emailKey = :email or c.phone = :phone)"
                + " order by c.name, c.id", Object[].class)
                .setParameter("id", ownId == null ? -1L : ownId)
                .setParameter("email", mail == null ? "" : mail)
                .setParameter("phone", normalizedPhone == null ? "" : normalizedPhone)
                .setMaxResults(MAX_WARNINGS)
                .getResultList();
        List<PossibleDuplicate> duplicates = new ArrayList<>();
        for (Object[] row : found) {
            List<String> matched = new ArrayList<>();
            if (mail != null && mail.equals(row[2])) {
                matched.add("email");
            }
            if (normalizedPhone != null && normalizedPhone.equals(row[3])) {
                matched.add("phone");
            }
            duplicates.add(new PossibleDuplicate((Long) row[0], (String) row[1], String.join(",", matched)));
        }
        return duplicates;
    }

    /** The client (in the trash or not) other than {@code ownId} that has this normalised document. */
    public Optional<Client> withDocument(String document, Long ownId) {
        return em.createQuery("select c from Client c where c.document = :document and c.id <> :id", Client.class)
                .setParameter("document", document)
                .setParameter("id", ownId == null ? -1L : ownId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
