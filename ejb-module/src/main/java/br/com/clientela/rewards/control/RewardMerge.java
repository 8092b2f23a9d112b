package br.com.clientela.rewards.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The points side of a client merge, before the loser is deleted: the loser's ledger becomes the winner's, grants
 * with what is left of them and their dates, so the winner keeps every point and the history of how it came.
 */
@Dependent
public class RewardMerge {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    public void moveToWinner(Long loserId, Long winnerId) {
        em.createQuery("update RewardEntry e set e.clientId = :winner where e.clientId = :loser")
                .setParameter("winner", winnerId)
                .setParameter("loser", loserId)
                .executeUpdate();
    }
}
