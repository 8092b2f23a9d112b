package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.rewards.boundary.GrantInput;
import br.com.clientela.rewards.boundary.RewardBalance;
import br.com.clientela.rewards.boundary.RewardEntryRow;
import br.com.clientela.rewards.boundary.RewardService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The "Recompensas" tab of a client's profile (WEB-INF/includes/clients/rewards-tab.xhtml): the points available
 * and what they are worth, the ledger paged in the database, the "Designar recompensa" dialog and the "Resgatar em
 * crédito" dialog. Each opening of the redemption dialog gets a fresh idempotency key, so a double click redeems once.
 */
@Named
@ViewScoped
public class ClientRewardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RewardService rewards;

    @Inject
    ClientProfileBacking profile;

    private RewardBalance balance;
    private final PagedRows<RewardEntryRow> entries = new PagedRows<>(
            () -> rewards.entries(profile.getId(), 0, 1).total(),
            (first, size) -> rewards.entries(profile.getId(), first, size).items(), RewardEntryRow::id);
    private Integer points;
    private String reason;
    private LocalDate expiresAt;
    private String key = UUID.randomUUID().toString();

    /** Clears the dialogs and gives the redemption a new key: a new operation starts. */
    public void prepare() {
        points = null;
        reason = null;
        expiresAt = null;
        key = UUID.randomUUID().toString();
    }

    public void grant() {
        Long id = profile.getId();
        GrantInput input = new GrantInput(points, reason, expiresAt);
        if (PageMessages.attempt("profileForm:tabs:rewardGrant", () -> rewards.grant(id, input))) {
            PageMessages.info("rewards.granted", points);
            balance = null;
        }
    }

    public void redeem() {
        Long id = profile.getId();
        Integer redeemed = points;
        if (PageMessages.attempt("profileForm:tabs:rewardRedeem", () -> rewards.redeem(id, redeemed, key))) {
            PageMessages.info("rewards.redeemed", redeemed);
            balance = null;
        }
    }

    /** Read once per change, not on every render. */
    public RewardBalance getBalance() {
        if (balance == null) {
            balance = rewards.balance(profile.getId());
        }
        return balance;
    }

    public PagedRows<RewardEntryRow> getEntries() {
        return entries;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDate expiresAt) {
        this.expiresAt = expiresAt;
    }
}
