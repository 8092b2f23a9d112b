package br.com.clientela.backoffice.invoices;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.invoices.boundary.PaymentResult;
import br.com.clientela.payments.control.PixQrCode;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.transactions.boundary.FinanceSettingRow;
import br.com.clientela.transactions.boundary.FinanceSettingsService;
import br.com.clientela.wallet.boundary.WalletService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One invoice (invoices/view.xhtml): details, lines, payments, the "Registrar pagamento" dialog (amount
 * prefilled with what is due, the method — the wallet with its balance —, the account, the date; confirmed
 * before it is sent), "Cancelar fatura" with a reason, the PIX QR code and copy-and-paste text, and the PDF.
 * Each opening of the payment dialog gets a fresh idempotency key, so a double click pays only once.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InvoiceService invoices;

    @EJB
    WalletService wallets;

    @EJB
    FinanceSettingsService settings;

    private Long id;
    private InvoiceDetails invoice;
    private String qrDataUri;
    private BigDecimal walletBalance;
    private List<FinanceSettingRow> accounts;

    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.PIX;
    private Long accountId;
    private LocalDate paidOn;
    private String key = UUID.randomUUID().toString();
    private String reason;
    private Long refundPaymentId;

    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException gone) {
            notFound();
        }
    }

    /** Clears the payment dialog with what is due and a new key: a new payment starts. */
    public void preparePayment() {
        amount = invoice.amountDue();
        method = PaymentMethod.PIX;
        accountId = null;
        paidOn = LocalDate.now();
        key = UUID.randomUUID().toString();
        walletBalance = wallets.summary(invoice.clientId()).balance();
        // Money paid by PIX, card, cash... goes to a till or bank account, never to the clients' wallets account.
        accounts = settings.accounts().stream().filter(a -> a.active() && !"WALLET".equals(a.code())).toList();
    }

    public void pay() {
        PaymentInput input = new PaymentInput(amount, method, method == PaymentMethod.WALLET ? null : accountId,
                paidOn, key);
        PaymentResult[] result = new PaymentResult[1];
        if (PageMessages.attempt("paymentForm", () -> result[0] = invoices.pay(id, input))) {
            PageMessages.info(result[0].amountDue().signum() == 0 ? "invoice.paid" : "invoice.paymentRegistered",
                    invoice.number());
            refresh();
        }
    }

    public void prepareCancel() {
        reason = null;
    }

    public void cancel() {
        String why = reason;
        if (PageMessages.attempt("cancelForm", () -> invoices.cancel(id, why))) {
            PageMessages.info("invoice.cancelled", invoice.number());
            refresh();
        }
    }

    /** Opens the refund dialog for one payment. */
    public void prepareRefund(Long paymentId) {
        refundPaymentId = paymentId;
        reason = null;
    }

    public void refund() {
        String why = reason;
        Long paymentId = refundPaymentId;
        if (PageMessages.attempt("refundForm", () -> invoices.refund(id, paymentId, why))) {
            PageMessages.info("invoice.refunded", invoice.number());
            refresh();
        }
    }

    /** The PDF, named "fatura-12.pdf". */
    public StreamedContent getPdf() {
        Long invoiceId = id;
        long number = invoice.number();
        return DefaultStreamedContent.builder().name("fatura-" + number + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(invoices.pdf(invoiceId))).build();
    }

    private void refresh() {
        invoice = invoices.find(id);
        qrDataUri = invoice.pix() == null ? null : "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(PixQrCode.png(invoice.pix().payload(), 240));
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND,
                "Fatura não encontrada.");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public boolean isWallet() {
        return method == PaymentMethod.WALLET;
    }

    public InvoiceDetails getInvoice() {
        return invoice;
    }

    public String getQrDataUri() {
        return qrDataUri;
    }

    public BigDecimal getWalletBalance() {
        return walletBalance;
    }

    public List<FinanceSettingRow> getAccounts() {
        return accounts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
