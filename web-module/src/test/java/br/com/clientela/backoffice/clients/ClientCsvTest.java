package br.com.clientela.backoffice.clients;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.boundary.ClientExportRow;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ClientCsvTest {

    @Test
    void aFieldWithASeparatorQuoteOrLineBreakIsQuotedWithQuotesDoubled() {
        assertThat(ClientCsv.text("Feira; evento")).isEqualTo("\"Feira; evento\"");
        assertThat(ClientCsv.text("Dona \"Bia\"")).isEqualTo("\"Dona \"\"Bia\"\"\"");
        assertThat(ClientCsv.text("linha\nnova")).isEqualTo("\"linha\nnova\"");
        assertThat(ClientCsv.text("João")).isEqualTo("João");
        assertThat(ClientCsv.text(null)).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(ClientCsv.text("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK(");
        assertThat(ClientCsv.text("+5511")).isEqualTo("'+5511");
        assertThat(ClientCsv.text("@ana")).isEqualTo("'@ana");
    }

    @Test
    void aLineHasMasksPtBrLabelsAndBrazilianDates() {
        ClientExportRow row = new ClientExportRow(1L, ClientKind.PERSON, "Ana Souza", null, "52998224725",
                "ana@exemplo.com.br", "+5511987654321", LocalDate.of(1990, 3, 15), "Instagram", ClientStatus.ACTIVE,
                LocalDateTime.of(2026, 1, 2, 9, 5), LocalDateTime.of(2026, 2, 3, 18, 30), null);

        assertThat(new ClientCsv().line(row)).isEqualTo("Ana Souza;Pessoa física;529.982.247-25;;ana@exemplo.com.br;"
                + "(11) 98765-4321;15/03/1990;Instagram;Ativo;Contato;;02/01/2026 09:05;03/02/2026 18:30\r\n");
    }
}
