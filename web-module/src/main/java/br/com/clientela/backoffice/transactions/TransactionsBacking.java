package br.com.clientela.backoffice.transactions;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.transactions.boundary.AdjustmentInput;
import br.com.clientela.transactions.boundary.FinanceSettingRow;
import br.com.clientela.transactions.boundary.FinanceSettingsService;
import br.com.clientela.transactions.boundary.TransactionFilter;
import br.com.clientela.transactions.boundary.TransactionRow;
import br.com.clientela.transactions.boundary.TransactionService;
import br.com.clientela.transactions.boundary.TransactionTotals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Transactions page (transactions/list.xhtml): filters (period, category, method, account, client), the table
 * paged in the database, the totals of everything the filter matches (Entradas, Saídas, Saldo) and the "Novo
 * ajuste" dialog (MANAGER, ADMIN). The totals are read once per filter change, not on every render.
 */
@Named
@ViewScoped
public class TransactionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @EJB
    TransactionService transactions;

    @EJB
    FinanceSettingsService settings;

    @EJB
    ClientService clients;

    private LocalDate from;
    private LocalDate to;
    private Long categoryId;
    private PaymentMethod method;
    private Long accountId;
    private ClientOption client;
    private Long clientIdParam;

    private TransactionFilter filter = TransactionFilter.any();
    private TransactionTotals totals;
    private List<FinanceSettingRow> categories;
    private List<FinanceSettingRow> accounts;
    /** The last suggestions of any client autocomplete on the page and the chosen ones, for the list converter. */
    private final List<ClientOption> clientOptions = new ArrayList<>();

    private final PagedRows<TransactionRow> rows = new PagedRows<>(() -> totals().count(),
            (first, size) -> transactions.rows(filter, first, size), TransactionRow::id);

    private ClientOption adjustmentClient;
    private Long adjustmentCategoryId;
    private BigDecimal adjustmentAmount;
    private PaymentMethod adjustmentMethod;
    private Long adjustmentAccountId;
    private String adjustmentDescription;

    /** f:viewAction: the choices of the filters, and the client of ?clientId= when the page is opened for one. */
    public void load() {
        categories = settings.categories();
        accounts = settings.accounts();
        if (clientIdParam != null && client == null) {
            // Another company's or a deleted client: NotFoundException, the 404 page like every page with an id.
            var details = clients.find(clientIdParam);
            client = new ClientOption(details.id(), details.name());
            clientOptions.add(client);
        }
        apply();
    }

    /** Takes the filter typed and reads its totals again; the table pages over the same filter. */
    public void apply() {
        filter = new TransactionFilter(from, to, categoryId, method, accountId, client == null ? null : client.id());
        totals = transactions.totals(filter);
    }

    public void clear() {
        from = null;
        to = null;
        categoryId = null;
        method = null;
        accountId = null;
        client = null;
        apply();
    }

    public List<ClientOption> completeClient(String typed) {
        List<ClientOption> found = clients.search(typed, 0, SUGGESTIONS).stream()
                .map(row -> new ClientOption(row.id(), row.name())).toList();
        clientOptions.removeIf(option -> !option.equals(client) && !option.equals(adjustmentClient));
        clientOptions.addAll(found);
        return found;
    }

    public void prepareAdjustment() {
        adjustmentClient = client;
        adjustmentCategoryId = null;
        adjustmentAmount = null;
        adjustmentMethod = null;
        adjustmentAccountId = null;
        adjustmentDescription = null;
    }

    public void saveAdjustment() {
        AdjustmentInput input = new AdjustmentInput(adjustmentClient == null ? null : adjustmentClient.id(),
                adjustmentCategoryId, adjustmentAmount, adjustmentMethod, adjustmentAccountId, adjustmentDescription);
        if (PageMessages.attempt("adjustmentForm", () -> transactions.adjust(input))) {
            PageMessages.info("transactions.adjusted");
            apply();
        }
    }

    private TransactionTotals totals() {
        if (totals == null) {
            totals = transactions.totals(filter);
        }
        return totals;
    }

    public TransactionTotals getTotals() {
        return totals;
    }

    public PagedRows<TransactionRow> getRows() {
        return rows;
    }

    public List<FinanceSettingRow> getCategories() {
        return categories;
    }

    public List<FinanceSettingRow> getAccounts() {
        return accounts;
    }

    /** Categories an adjustment may use: active, the ADJUSTMENT one or the company's own. */
    public List<FinanceSettingRow> getAdjustmentCategories() {
        return categories == null ? List.of() : categories.stream()
                .filter(c -> c.active() && (c.code() == null || "ADJUSTMENT".equals(c.code()))).toList();
    }

    /** Accounts an adjustment may use: active ones but the clients' wallets. */
    public List<FinanceSettingRow> getAdjustmentAccounts() {
        return accounts == null ? List.of() : accounts.stream()
                .filter(a -> a.active() && !"WALLET".equals(a.code())).toList();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public List<PaymentMethod> getAdjustmentMethods() {
        return java.util.Arrays.stream(PaymentMethod.values()).filter(m -> m != PaymentMethod.WALLET).toList();
    }

    public List<ClientOption> getClientOptions() {
        return clientOptions;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public ClientOption getClient() {
        return client;
    }

    public void setClient(ClientOption client) {
        this.client = client;
    }

    public Long getClientIdParam() {
        return clientIdParam;
    }

    public void setClientIdParam(Long clientIdParam) {
        this.clientIdParam = clientIdParam;
    }

    public ClientOption getAdjustmentClient() {
        return adjustmentClient;
    }

    public void setAdjustmentClient(ClientOption adjustmentClient) {
        this.adjustmentClient = adjustmentClient;
    }

    public Long getAdjustmentCategoryId() {
        return adjustmentCategoryId;
    }

    public void setAdjustmentCategoryId(Long adjustmentCategoryId) {
        this.adjustmentCategoryId = adjustmentCategoryId;
    }

    public BigDecimal getAdjustmentAmount() {
        return adjustmentAmount;
    }

    public void setAdjustmentAmount(BigDecimal adjustmentAmount) {
        this.adjustmentAmount = adjustmentAmount;
    }

    public PaymentMethod getAdjustmentMethod() {
        return adjustmentMethod;
    }

    public void setAdjustmentMethod(PaymentMethod adjustmentMethod) {
        this.adjustmentMethod = adjustmentMethod;
    }

    public Long getAdjustmentAccountId() {
        return adjustmentAccountId;
    }

    public void setAdjustmentAccountId(Long adjustmentAccountId) {
        this.adjustmentAccountId = adjustmentAccountId;
    }

    public String getAdjustmentDescription() {
        return adjustmentDescription;
    }

    public void setAdjustmentDescription(String adjustmentDescription) {
        this.adjustmentDescription = adjustmentDescription;
    }
}
