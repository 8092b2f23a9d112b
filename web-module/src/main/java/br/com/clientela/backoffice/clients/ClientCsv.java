package br.com.clientela.backoffice.clients;

import br.com.clientela.clients.boundary.ClientBulkService;
import br.com.clientela.clients.boundary.ClientExportRow;
import br.com.clientela.clients.boundary.ClientTargets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CSV export of clients as Brazilian spreadsheets read it: UTF-8 with a byte order mark (so Excel shows
 * accents), ';' between fields, pt-BR headers, dates as dd/MM/yyyy, CPF/CNPJ and phone with their masks. Rows
 * are read from the database a page at a time and written as they come, never all at once. Used by the list's
 * download button and by GET /api/v1/clients/export.csv.
 */
public final class ClientCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    public static final String FILE_NAME = "clientes.csv";
    static final int PAGE = 500;
    private static final String HEADER = "Nome;Tipo;CPF/CNPJ;Nome fantasia;E-mail;Telefone;Data de nascimento;Origem;"
            + "Situação;Estágio;Grupos;Cadastrado em;Atualizado em";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ClientFormat format = new ClientFormat();
    private final ResourceBundle labels = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("pt-BR"));

    /** Writes the header and every client the targets reach, page by page, then flushes. */
    public void write(ClientBulkService clients, ClientTargets targets, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(HEADER);
        writer.write("\r\n");
        List<ClientExportRow> page = clients.exportPage(targets, null, null, PAGE);
        while (!page.isEmpty()) {
            for (ClientExportRow row : page) {
                writer.write(line(row));
            }
            ClientExportRow last = page.get(page.size() - 1);
            page = page.size() < PAGE ? List.of() : clients.exportPage(targets, last.name(), last.id(), PAGE);
        }
        writer.flush();
    }

    String line(ClientExportRow row) {
        return String.join(";",
                text(row.name()),
                labels.getString("client.kind." + row.kind()),
                format.document(row.kind(), row.document()),
                text(row.tradeName()),
                text(row.email()),
                format.phone(row.phone()),
                row.birthDate() == null ? "" : row.birthDate().format(DATE),
                text(row.origin()),
                labels.getString("client.status." + row.status()),
                labels.getString("client.stage." + row.stage()),
                text(String.join(", ", row.groups())),
                row.createdAt().format(DATE_TIME),
                row.updatedAt().format(DATE_TIME)) + "\r\n";
    }

    /**
     * Free text as one CSV field: quoted when it holds a separator, quote or line break; a leading = + - @ gets an
     * apostrophe so a spreadsheet never runs it as a formula.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
