package br.com.clientela.invoices.control;

import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.invoices.boundary.PixCharge;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.control.SalesDocument;
import br.com.clientela.lines.control.SalesDocument.Fact;
import br.com.clientela.lines.control.SalesDocument.Party;
import br.com.clientela.lines.control.SalesDocumentPdf;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.payments.control.PixQrCode;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import br.com.clientela.shared.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The invoice PDF ("Fatura nº 12"): issue and due dates and the status in pt-BR, the lines and totals, what was
 * paid and what is still due, the notes and, for an open invoice, the PIX block — or, when the company has no
 * PIX key yet, a line saying where to set it.
 */
public final class InvoicePdf {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int QR_SIDE = 360;

    private InvoicePdf() {
    }

    /** @param pix the PIX charge of an open invoice, or null */
    public static byte[] render(Invoice invoice, Company company, PixCharge pix, LocalDate today) {
        List<SaleLine> lines = invoice.getLines();
        List<String> notes = new ArrayList<>();
        if (invoice.getNotes() != null && !invoice.getNotes().isBlank()) {
            notes.add(invoice.getNotes());
        }
        if (invoice.getStatus() == InvoiceStatus.CANCELLED && invoice.getCancelReason() != null) {
            notes.add("Fatura cancelada: " + invoice.getCancelReason());
        }
        if (invoice.isOpen() && pix == null) {
            notes.add(InvoicePixCode.NO_KEY);
        }
        SalesDocument doc = new SalesDocument("Fatura", Long.toString(invoice.getNumber()), company(company),
                company.getLogo(), client(invoice.getClient()),
                List.of(new Fact("Emissão", DATE.format(invoice.getIssueDate())),
                        new Fact("Vencimento", DATE.format(invoice.getDueDate())),
                        new Fact("Situação", statusLabel(invoice.effectiveStatus(today)))),
                lines, LineTotals.of(lines),
                List.of(new Fact("Pago", Money.format(invoice.getAmountPaid())),
                        new Fact("Em aberto", Money.format(invoice.amountDue()))),
                notes, pix == null ? null : new SalesDocument.Pix(pix.payload(), PixQrCode.png(pix.payload(), QR_SIDE)));
        return SalesDocumentPdf.render(doc);
    }

    /** The pt-BR name of a status, as pages and the PDF show it. */
    public static String statusLabel(InvoiceStatus status) {
        return switch (status) {
            case PENDING -> "Pendente";
            case PARTIALLY_PAID -> "Parcialmente paga";
            case PAID -> "Paga";
            case OVERDUE -> "Vencida";
            case CANCELLED -> "Cancelada";
        };
    }

    private static Party company(Company company) {
        String street = Stream.of(company.getStreet(), company.getStreetNumber(), company.getComplement())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        String city = Stream.of(company.getDistrict(), company.getCity() == null ? null
                : company.getCity() + (company.getState() == null ? "" : "/" + company.getState()))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" — "));
        return new Party(company.displayName(), company.getCnpj() == null ? null : Cnpj.format(company.getCnpj()),
                Stream.of(street, city, company.getEmail(), PhoneNumber.format(company.getPhone()))
                        .filter(part -> part != null && !part.isBlank()).toList());
    }

    private static Party client(Client client) {
        String document = client.getDocument() == null ? null
                : client.getKind() == ClientKind.PERSON ? Cpf.format(client.getDocument())
                : Cnpj.format(client.getDocument());
        return new Party(client.getName(), document, Stream.of(client.getEmail(), PhoneNumber.format(client.getPhone()))
                .filter(part -> part != null && !part.isBlank()).toList());
    }
}
