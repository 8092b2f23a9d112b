package br.com.clientela.quotes.control;

import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.control.SalesDocument;
import br.com.clientela.lines.control.SalesDocument.Fact;
import br.com.clientela.lines.control.SalesDocument.Party;
import br.com.clientela.lines.control.SalesDocumentPdf;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.quotes.entity.Quote;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The PDF of a quote, in pt-BR: the company's header with its logo, "Orçamento nº N", the facts (issue date,
 * validity, state), the client (name, CPF/CNPJ with its mask, e-mail, phone), the lines and totals, and notes.
 */
public final class QuoteDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private QuoteDocument() {
    }

    public static byte[] pdf(Quote quote, Company company, Client client) {
        return SalesDocumentPdf.render(of(quote, company, client));
    }

    static SalesDocument of(Quote quote, Company company, Client client) {
        List<SaleLine> lines = quote.getLines();
        List<Fact> facts = List.of(new Fact("Emissão", quote.getCreatedAt().format(DATE)),
                new Fact("Validade", quote.getValidUntil().format(DATE)),
                new Fact("Situação", quote.getStatus().label()));
        List<String> notes = new ArrayList<>();
        if (quote.getNotes() != null && !quote.getNotes().isBlank()) {
            notes.add("Observações: " + quote.getNotes().strip());
        }
        notes.add("Orçamento válido até " + quote.getValidUntil().format(DATE) + ".");
        return new SalesDocument("Orçamento", String.valueOf(quote.getNumber()), company(company),
                company.getLogoContentType() == null ? null : company.getLogo(), client(client), facts, lines,
                new LineTotals(quote.getGross(), quote.getDiscount(), quote.getTotal(),
                        lines.size()),
                List.of(), notes, null);
    }

    private static Party company(Company company) {
        String street = join(", ", company.getStreet(), company.getStreetNumber(), company.getComplement());
        String city = join(" — ", company.getDistrict(), join("/", company.getCity(), company.getState()));
        String postalCode = company.getPostalCode() == null || company.getPostalCode().length() != 8 ? null
                : "CEP " + company.getPostalCode().substring(0, 5) + "-" + company.getPostalCode().substring(5);
        return new Party(company.displayName(), company.getCnpj() == null ? null : "CNPJ " + Cnpj.format(company.getCnpj()),
                List.of(join(" — ", street, city, postalCode), join(" · ", company.getEmail(), PhoneNumber.format(company.getPhone()))));
    }

    private static Party client(Client client) {
        String document = client.getDocument() == null ? null : client.getKind() == ClientKind.ORGANIZATION
                ? "CNPJ " + Cnpj.format(client.getDocument()) : "CPF " + Cpf.format(client.getDocument());
        return new Party(client.getName(), document,
                List.of(nullToEmpty(client.getEmail()), PhoneNumber.format(client.getPhone())));
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
