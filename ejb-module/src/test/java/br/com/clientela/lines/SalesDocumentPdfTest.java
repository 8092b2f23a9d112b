package br.com.clientela.lines;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.control.SalesDocument;
import br.com.clientela.lines.control.SalesDocument.Fact;
import br.com.clientela.lines.control.SalesDocument.Party;
import br.com.clientela.lines.control.SalesDocumentPdf;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.payments.control.PixQrCode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesDocumentPdfTest {

    private static final List<SaleLine> LINES = List.of(
            new SaleLine(null, "Diária de hotel — cão porte médio", new BigDecimal("2"), new BigDecimal("120.00"),
                    new BigDecimal("20.00")),
            new SaleLine(null, "Banho e tosa", new BigDecimal("1.5"), new BigDecimal("1000.00"), null));

    @Test
    void pdfCarriesHeaderClientLinesTotalsAndAccentsInPortuguese() throws IOException {
        SalesDocument doc = document(null);

        String text = text(SalesDocumentPdf.render(doc));

        assertThat(text).contains("Orçamento nº 42", "Pet Hotel Ação Ltda", "12.345.678/0001-95",
                "João da Conceição", "Validade", "26/12/2026", "Diária de hotel — cão porte médio", "1,5",
                "R$ 1.500,00", "Subtotal", "R$ 1.740,00", "Descontos", "-R$ 20,00", "Total", "R$ 1.720,00",
                "Válido por 30 dias.").doesNotContain("PIX");
    }

    @Test
    void openInvoicePdfPrintsThePixCopyAndPasteText() throws IOException {
        String payload = "00020126360014br.gov.bcb.pix0114+55119999999995204000053039865406100.005802BR5910PET HOTEL"
                + "6009SAO PAULO62070503***6304ABCD";
        SalesDocument doc = document(new SalesDocument.Pix(payload, PixQrCode.png(payload, 240)));

        String text = text(SalesDocumentPdf.render(doc)).replaceAll("\\s", "");

        assertThat(text).contains("PaguecomPIX", payload.replace(" ", ""));
    }

    private static SalesDocument document(SalesDocument.Pix pix) {
        return new SalesDocument("Orçamento", "42",
                new Party("Pet Hotel Ação Ltda", "12.345.678/0001-95", List.of("Rua das Flores, 10 — São Paulo/SP", "")),
                null, new Party("João da Conceição", "529.982.247-25", List.of("joao@exemplo.com.br")),
                List.of(new Fact("Emissão", "26/11/2026"), new Fact("Validade", "26/12/2026")), LINES,
                LineTotals.of(LINES), List.of(), List.of("Válido por 30 dias."), pix);
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
