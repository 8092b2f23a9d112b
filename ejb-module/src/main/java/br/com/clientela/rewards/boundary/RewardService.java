package br.com.clientela.rewards.boundary;

import br.com.clientela.rewards.control.RewardConversion;
import br.com.clientela.rewards.control.RewardGranting;
import br.com.clientela.rewards.control.RewardLots;
import br.com.clientela.rewards.control.RewardPoints;
import br.com.clientela.rewards.entity.RewardEntry;
import br.com.clientela.rewards.entity.RewardKind;
import br.com.clientela.rewards.entity.RewardRules;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.SystemAccount;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.wallet.boundary.WalletMovement;
import br.com.clientela.wallet.control.WalletLedger;
import br.com.clientela.wallet.entity.EntryType;
import br.com.clientela.wallet.entity.WalletEntry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A client's reward points (recompensas): the balance available today, the ledger, grants by hand ("designar
 * recompensa", any staff member) and redemptions into wallet credit at the company's rate. A redemption locks the
 * client's wallet first, so redemptions of one client run one after the other; it takes the points from the
 * oldest grants, writes a REDEEM line, credits the wallet (no new money came in, so the transaction written is a
 * REWARD_REDEMPTION into the clients' wallet account) and, like the wallet, carries an idempotency key: the same
 * key again answers the first result and moves nothing. A refusal moves nothing.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class RewardService {

    public static final String REFERENCE = "REWARD_ENTRY";
    /** Room for the "RESGATE:" prefix of the wallet entry's key. */
    public static final int KEY_MAX = 90;
    static final int MAX_GRANT = 1_000_000;

    @Inject
    RewardPoints points;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RewardGranting granting;

    @Inject
    WalletLedger wallet;

    @Inject
    TransactionRecorder transactions;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public RewardBalance balance(Long clientId) {
        requireClient(clientId);
        RewardRules rules = granting.rules();
        int available = available(clientId, LocalDate.now());
        return new RewardBalance(available, rules.getRedemptionRate(), RewardConversion.step(rules.getRedemptionRate()),
                RewardConversion.value(available, rules.getRedemptionRate()));
    }

    /** A page of the ledger, newest first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public RewardEntryPage entries(Long clientId, int first, int max) {
        requireClient(clientId);
        long total = em.createQuery("select count(e) from RewardEntry e where e.clientId = :client", Long.class)
                .setParameter("client", clientId).getSingleResult();
        List<RewardEntryRow> rows = em.createQuery("select new br.com.clientela.rewards.boundary.RewardEntryRow("
                + "e.id, e.at, e.kind, e.points, e.remaining, e.reason, e.expiresAt, e.actor) from RewardEntry e "
                + "where e.clientId = :client order by e.at desc, e.id desc", RewardEntryRow.class)
                .setParameter("client", clientId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        return new RewardEntryPage(rows, total);
    }

    /** Gives points by hand with a reason; the expiry date, when given, is today or later. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public RewardEntryRow grant(Long clientId, GrantInput input) {
        GrantInput typed = input == null ? new GrantInput(null, null, null) : input;
        LocalDate today = LocalDate.now();
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.points() == null) {
            errors.put("points", "Informe quantos pontos dar.");
        } else if (typed.points() <= 0) {
            errors.put("points", "Os pontos devem ser mais que zero.");
        } else if (typed.points() > MAX_GRANT) {
            errors.put("points", "Dê no máximo " + MAX_GRANT + " pontos de uma vez.");
        }
        String reason = typed.reason() == null || typed.reason().isBlank() ? null : typed.reason().strip();
        if (reason == null) {
            errors.put("reason", "Informe o motivo da recompensa.");
        } else if (reason.length() > RewardEntry.REASON_MAX) {
            errors.put("reason", "O motivo tem no máximo " + RewardEntry.REASON_MAX + " caracteres.");
        }
        if (typed.expiresAt() != null && typed.expiresAt().isBefore(today)) {
            errors.put("expiresAt", "A validade não pode ser anterior a hoje.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireClient(clientId);
        LocalDate expiresAt = typed.expiresAt() != null ? typed.expiresAt()
                : RewardGranting.defaultExpiry(granting.rules(), today);
        RewardEntry grant = RewardEntry.grant(clientId, typed.points(), RewardKind.GRANT_MANUAL, reason, expiresAt,
                caller(), null);
        em.persist(grant);
        em.flush();
        return row(grant);
    }

    /** Turns points into wallet credit at the company's rate; never beyond the points available today. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public RewardRedemption redeem(Long clientId, Integer points, String idempotencyKey) {
        String key = key(idempotencyKey);
        if (points == null || points <= 0) {
            throw new InvalidInputException("points", "Informe quantos pontos resgatar (mais que zero).");
        }
        requireClient(clientId);
        wallet.lockedWallet(clientId);
        String reference = "REDEEM:" + key;
        Optional<RewardEntry> first = em.createQuery("select e from RewardEntry e where e.referenceKey = :key",
                RewardEntry.class).setParameter("key", reference).getResultStream().findFirst();
        if (first.isPresent()) {
            return replay(first.get(), clientId, points);
        }
        int rate = granting.rules().getRedemptionRate();
        if (!RewardConversion.convertsExactly(points, rate)) {
            int step = RewardConversion.step(rate);
            throw new InvalidInputException("points", "Com " + rate + " pontos por R$ 1,00, resgate um múltiplo de "
                    + step + " pontos, para que o crédito dê centavos inteiros.");
        }
        LocalDate today = LocalDate.now();
        List<RewardEntry> grants = em.createQuery("select e from RewardEntry e where e.clientId = :client "
                + "and e.remaining > 0 and (e.expiresAt is null or e.expiresAt >= :today) order by e.at, e.id",
                RewardEntry.class)
                .setParameter("client", clientId)
                .setParameter("today", today)
                .getResultList();
        List<RewardLots.Lot> lots = grants.stream()
                .map(g -> new RewardLots.Lot(g.getId(), g.getRemaining(), g.getExpiresAt())).toList();
        int available = RewardLots.available(lots, today);
        if (points > available) {
            throw new InvalidInputException("points", "Pontos insuficientes: o cliente tem " + available
                    + " pontos disponíveis e o resgate é de " + points + ".");
        }
        Map<Long, RewardEntry> byId = grants.stream().collect(Collectors.toMap(RewardEntry::getId,
                Function.identity()));
        for (RewardLots.Take take : RewardLots.redeem(lots, points, today)) {
            byId.get(take.lotId()).consume(take.points());
        }
        BigDecimal amount = RewardConversion.credit(points, rate);
        String actor = caller();
        String reason = "Resgate de " + points + " pontos";
        RewardEntry redemption = RewardEntry.taking(clientId, points, RewardKind.REDEEM, reason, actor, reference);
        em.persist(redemption);
        WalletMovement credit = wallet.apply(clientId, EntryType.CREDIT, amount, null, reason, walletKey(key), actor,
                false);
        transactions.record(clientId, SystemCategory.REWARD_REDEMPTION, amount, null,
                transactions.account(SystemAccount.WALLET), reason, actor, REFERENCE, redemption.getId());
        em.flush();
        return new RewardRedemption(redemption.getId(), points, amount, credit.balanceAfter(), false);
    }

    private RewardRedemption replay(RewardEntry first, Long clientId, int points) {
        if (!first.getClientId().equals(clientId) || -first.getPoints() != points) {
            throw new ConflictException("idempotencyKey", "Esta chave de idempotência já foi usada em outro resgate "
                    + "(outro cliente ou quantidade de pontos). Use uma chave nova para cada operação.");
        }
        String walletKey = walletKey(first.getReferenceKey().substring("REDEEM:".length()));
        WalletEntry credit = em.createQuery("select e from WalletEntry e where e.idempotencyKey = :key",
                WalletEntry.class).setParameter("key", walletKey).getSingleResult();
        return new RewardRedemption(first.getId(), points, credit.getAmount(), credit.getBalanceAfter(), true);
    }

    private int available(Long clientId, LocalDate today) {
        return points.available(clientId, today);
    }

    private static String walletKey(String key) {
        return "RESGATE:" + key;
    }

    private static String key(String idempotencyKey) {
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty()) {
            throw new InvalidInputException("idempotencyKey", "Envie uma chave de idempotência (cabeçalho "
                    + "Idempotency-Key) para que o resgate não seja repetido por engano.");
        }
        if (key.length() > KEY_MAX) {
            throw new InvalidInputException("idempotencyKey", "A chave de idempotência tem no máximo " + KEY_MAX
                    + " caracteres.");
        }
        return key;
    }

    static RewardEntryRow row(RewardEntry e) {
        return new RewardEntryRow(e.getId(), e.getAt(), e.getKind(), e.getPoints(), e.getRemaining(), e.getReason(),
                e.getExpiresAt(), e.getActor());
    }

    private void requireClient(Long clientId) {
        long found = clientId == null ? 0 : em.createQuery("select count(c) from Client c where c.id = :id "
                + "and c.deletedAt is null", Long.class).setParameter("id", clientId).getSingleResult();
        if (found == 0) {
            throw new NotFoundException("Cliente não encontrado.");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
