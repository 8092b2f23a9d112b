package br.com.clientela.clients.control;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientAvatar;
import br.com.clientela.customfields.control.CustomFieldValues;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Deletes a client for good — or, when the client has money records (invoices and their payments, transactions,
 * wallet entries, reward points, quotes, orders), anonymises it instead: the law requires keeping fiscal records
 * (LGPD art. 16, II), and the database refuses deleting a client they point at. An anonymised client keeps its
 * id, so every record and every invoice number stays as it was; its personal data, avatar, custom field values,
 * alerts and reviews are gone and its history keeps what happened but not the values. Used by "excluir
 * definitivamente", the nightly trash purge and a merge's loser.
 */
@Dependent
public class ClientErasure {

    /** What became of the client. */
    public enum Outcome {
        DELETED,
        ANONYMISED
    }

    /** The record type of the client's history (ClientService.AUDITED_TYPE). */
    private static final String AUDITED_TYPE = "Client";

    /** Each a JPQL count of one kind of money record of the client {@code :client}. */
    private static final List<String> MONEY_RECORDS = List.of(
            "select count(x) from Invoice x where x.client.id = :client",
            "select count(x) from Transaction x where x.clientId = :client",
            "select count(x) from WalletEntry x, Wallet w where x.walletId = w.id and w.clientId = :client",
            "select count(x) from RewardEntry x where x.clientId = :client",
            "select count(x) from Quote x where x.clientId = :client",
            "select count(x) from SalesOrder x where x.clientId = :client");

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CustomFieldValues customFields;

    /** Deletes the client or anonymises it, and records which in its history. */
    public Outcome erase(Client client, String actor) {
        if (!hasMoneyRecords(client.getId())) {
            em.remove(client);
            em.flush();
            audit.event(AUDITED_TYPE, client.getId(), AuditAction.DELETE, actor);
            return Outcome.DELETED;
        }
        Long id = client.getId();
        client.anonymise(LocalDateTime.now().truncatedTo(ChronoUnit.MICROS));
        customFields.forget(id);
        ClientAvatar avatar = em.find(ClientAvatar.class, id);
        if (avatar != null) {
            em.remove(avatar);
        }
        // Alerts and reviews are notes about the person (an allergy, a comment): they go, as with a deletion.
        for (String linked : List.of("ClientAlert", "Review")) {
            em.createQuery("delete from " + linked + " x where x.client.id = :client").setParameter("client", id)
                    .executeUpdate();
        }
        em.flush();
        audit.forgetValues(AUDITED_TYPE, id);
        audit.event(AUDITED_TYPE, id, AuditAction.ANONYMISE, actor);
        return Outcome.ANONYMISED;
    }

    public boolean hasMoneyRecords(Long clientId) {
        return MONEY_RECORDS.stream().anyMatch(count -> em.createQuery(count, Long.class)
                .setParameter("client", clientId).getSingleResult() > 0);
    }
}
