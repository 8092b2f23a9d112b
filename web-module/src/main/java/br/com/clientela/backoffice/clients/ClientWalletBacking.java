package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.transactions.boundary.FinanceSettingRow;
import br.com.clientela.transactions.boundary.FinanceSettingsService;
import br.com.clientela.wallet.boundary.WalletEntryRow;
import br.com.clientela.wallet.boundary.WalletService;
import br.com.clientela.wallet.boundary.WalletSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The "Carteira" tab of a client's profile (WEB-INF/includes/clients/wallet.xhtml): the balance, the ledger
 * paged in the database, and the add-funds and deduct dialogs. Each opening of a dialog gets a fresh
 * idempotency key, so a double click (or a resent request) on the same dialog moves money only once.
 */
@Named
@ViewScoped
public class ClientWalletBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WalletService wallets;

    @EJB
    FinanceSettingsService settings;

    @Inject
    ClientProfileBacking profile;

    private WalletSummary summary;
    private final PagedRows<WalletEntryRow> entries = new PagedRows<>(
            () -> wallets.entries(profile.getId(), 0, 1).total(),
            (first, size) -> wallets.entries(profile.getId(), first, size).items(), WalletEntryRow::id);
    private BigDecimal amount;
    private PaymentMethod method;
    private Long accountId;
    private List<FinanceSettingRow> creditAccounts;
    private String reason;
    private String key = UUID.randomUUID().toString();

    /** Clears the dialog and gives it a new key: a new operation starts. */
    public void prepare() {
        amount = null;
        method = null;
        accountId = null;
        reason = null;
        key = UUID.randomUUID().toString();
    }

    public void credit() {
        Long id = profile.getId();
        if (PageMessages.attempt("profileForm:tabs:walletCredit",
                () -> wallets.credit(id, amount, method, accountId, reason, key))) {
            PageMessages.info("wallet.credited");
            summary = null;
        }
    }

    public void debit() {
        Long id = profile.getId();
        if (PageMessages.attempt("profileForm:tabs:walletDebit", () -> wallets.debit(id, amount, reason, key))) {
            PageMessages.info("wallet.debited");
            summary = null;
        }
    }

    public WalletSummary getSummary() {
        if (summary == null) {
            summary = wallets.summary(profile.getId());
        }
        return summary;
    }

    public PagedRows<WalletEntryRow> getEntries() {
        return entries;
    }

    /** The accounts a top-up's money may go to: the active ones but the clients' wallets; read once per view. */
    public List<FinanceSettingRow> getCreditAccounts() {
        if (creditAccounts == null) {
            creditAccounts = settings.accounts().stream().filter(a -> a.active() && !"WALLET".equals(a.code()))
                    .toList();
        }
        return creditAccounts;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    /** The methods money comes in with: all but the wallet itself. */
    public List<PaymentMethod> getCreditMethods() {
        return Arrays.stream(PaymentMethod.values()).filter(m -> m != PaymentMethod.WALLET).toList();
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
