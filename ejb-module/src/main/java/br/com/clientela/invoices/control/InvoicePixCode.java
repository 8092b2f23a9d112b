package br.com.clientela.invoices.control;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.invoices.boundary.PixCharge;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.payments.control.PixBrCode;
import br.com.clientela.shared.ConflictException;

/**
 * The PIX charge of an open invoice: a static BR Code for what is still due, paid to the company's PIX key,
 * with the company's name (trade name, else legal name) and city, and the invoice number as txid (numbers are
 * digits only, so always a valid txid). A new payment lowers what is due, so the code is made anew each time.
 */
public final class InvoicePixCode {

    /** Shown wherever a code would be when the company has none: where to set it. */
    public static final String NO_KEY = "Cadastre a chave PIX no perfil da empresa para cobrar esta fatura por PIX.";

    private InvoicePixCode() {
    }

    /** Whether the invoice can have a PIX code: open, with something due, and the company has a key. */
    public static boolean available(Invoice invoice, Company company) {
        return invoice.isOpen() && invoice.amountDue().signum() > 0 && hasKey(company);
    }

    public static boolean hasKey(Company company) {
        return company.getPixKey() != null && !company.getPixKey().isBlank();
    }

    /**
     * @throws ConflictException when the invoice is not open or the company has no PIX key
     */
    public static PixCharge charge(Invoice invoice, Company company) {
        if (!invoice.isOpen()) {
            throw new ConflictException("status", "A fatura nº " + invoice.getNumber()
                    + " não está em aberto: não há o que cobrar por PIX.");
        }
        if (!hasKey(company)) {
            throw new ConflictException("pixKey", NO_KEY);
        }
        String txid = txid(invoice.getNumber());
        String payload = PixBrCode.payload(company.getPixKey(), company.displayName(), company.getCity(),
                invoice.amountDue(), txid);
        return new PixCharge(payload, invoice.amountDue(), txid);
    }

    /** The invoice number as the PIX txid: letters and digits only. */
    public static String txid(long number) {
        return Long.toString(number);
    }
}
