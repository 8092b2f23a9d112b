package br.com.clientela.lines.control;

import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.entity.SaleLine;
import java.util.List;

/**
 * What a quote or invoice PDF shows, already in pt-BR words: title and number, the company (with its logo, any
 * of PNG/JPEG/WebP or none), the client, facts such as dates and status, the lines and totals, extra amounts
 * (paid, due), notes and, for an open invoice, the PIX "copia e cola" payload with its QR image.
 */
public record SalesDocument(String title, String number, Party company, byte[] companyLogo, Party client,
        List<Fact> facts, List<SaleLine> lines, LineTotals totals, List<Fact> amounts, List<String> notes,
        Pix pix) {

    /** A name, its formatted CPF/CNPJ (or null) and further lines (address, e-mail, phone), blank ones skipped. */
    public record Party(String name, String document, List<String> details) {
    }

    /** A label and its value, e.g. "Validade" and "26/12/2026". */
    public record Fact(String label, String value) {
    }

    /** The PIX BR Code payload and its QR code as a PNG. */
    public record Pix(String payload, byte[] qrPng) {
    }
}
