package br.com.clientela.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.quotes.control.QuoteDocument;
import br.com.clientela.quotes.entity.Quote;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote's PDF says, in Portuguese, who offers what to whom, until when, and for how much. */
class QuoteDocumentTest {

    @Test
    void thePdfHasTheCompanyTheClientTheFactsTheLinesTheTotalAndTheNotes() throws IOException {
        List<SaleLine> lines = List.of(
                new SaleLine(7L, "Hospedagem — suíte", new BigDecimal("3"), new BigDecimal("120.00"),
                        new BigDecimal("60.00")),
                new SaleLine(null, "Transporte", new BigDecimal("1"), new BigDecimal("25.50"), null));
        LineTotals totals = LineTotals.of(lines);
        LocalDate validUntil = LocalDate.now().plusDays(15);
        Quote quote = new Quote(42, "equipe@pethotel.demo");
        quote.change(1L, validUntil, "Pagamento na entrada.", lines, totals.gross(), totals.discount(), totals.total());
        Company company = new Company("pethotel", "Pet Hotel Bem-Estar Ltda");
        company.setCnpj("12345678000195");
        company.setCity("São Paulo");
        company.setState("SP");
        company.setPhone("+5511987654321");
        Client client = new Client(ClientKind.PERSON, "João da Conceição");
        client.setDocument("52998224725");
        client.setEmail("joao@exemplo.com.br");

        String text = text(QuoteDocument.pdf(quote, company, client));

        assertThat(text).contains("Pet Hotel Bem-Estar Ltda", "CNPJ 12.345.678/0001-95", "(11) 98765-4321",
                "Orçamento nº 42", "Emissão", "Validade", validUntil.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "Situação", "Rascunho", "João da Conceição", "CPF 529.982.247-25", "joao@exemplo.com.br",
                "Hospedagem — suíte", "R$ 300,00", "Transporte", "R$ 25,50", "Subtotal", "R$ 385,50", "Descontos",
                "-R$ 60,00",
                "R$ 325,50", "Observações: Pagamento na entrada.");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            return text.toString();
        }
    }
}
