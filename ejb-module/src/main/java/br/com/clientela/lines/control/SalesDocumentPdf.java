package br.com.clientela.lines.control;

import br.com.clientela.lines.control.SalesDocument.Fact;
import br.com.clientela.lines.control.SalesDocument.Party;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.shared.images.ImageScaling;
import br.com.clientela.shared.money.Money;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Renders a {@link SalesDocument} (quote or invoice) as an A4 PDF with iText Core: company header with logo,
 * client, facts, the lines table, totals, extra amounts, notes and, when given, the PIX QR code with its
 * "copia e cola" text. Standard Helvetica covers Portuguese accents (WinAnsi), so no font is embedded.
 */
public final class SalesDocumentPdf {

    private static final DeviceRgb HEADER = new DeviceRgb(0xEE, 0xF2, 0xF7);
    private static final int LOGO_SIDE = 240;
    /** The side logos are stored within (companies' LogoImage). */
    private static final int STORED_LOGO_SIDE = 480;

    private final PdfFont bold;

    private SalesDocumentPdf(PdfFont bold) {
        this.bold = bold;
    }

    public static byte[] render(SalesDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document page = new Document(pdf, PageSize.A4)) {
            new SalesDocumentPdf(PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD)).write(doc, pdf, page);
        } catch (IOException e) {
            throw new UncheckedIOException("The standard Helvetica Bold font is part of iText", e);
        }
        return out.toByteArray();
    }

    private void write(SalesDocument doc, PdfDocument pdf, Document page) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(doc.title() + " " + doc.number());
        info.setAuthor(doc.company().name());
        info.setCreator("Clientela");
        page.setFontSize(10);
        page.add(header(doc));
        page.add(new Paragraph(doc.title() + " nº " + doc.number()).setFontSize(16).setFont(bold).setMarginTop(12));
        page.add(facts(doc));
        page.add(new Paragraph("Cliente").setFont(bold).setMarginTop(8).setMarginBottom(0));
        page.add(party(doc.client(), 10));
        page.add(lines(doc));
        page.add(totals(doc));
        for (String note : doc.notes()) {
            page.add(new Paragraph(note).setFontSize(9).setMarginTop(6));
        }
        if (doc.pix() != null) {
            page.add(pix(doc.pix()));
        }
    }

    private Table header(SalesDocument doc) {
        Table header = new Table(UnitValue.createPercentArray(new float[] {1, 4})).useAllAvailableWidth();
        Cell logo = new Cell().setBorder(Border.NO_BORDER);
        if (doc.companyLogo() != null) {
            logoImage(doc.companyLogo()).ifPresent(bytes -> logo.add(
                    new Image(ImageDataFactory.create(bytes)).setMaxWidth(90).setMaxHeight(60)));
        }
        header.addCell(logo);
        header.addCell(new Cell().setBorder(Border.NO_BORDER).add(party(doc.company(), 12)));
        return header;
    }

    /**
     * The logo as stored: re-encoded and small since uploads are, so iText takes it as it is. A logo stored
     * before that (the uploaded bytes) is shrunk here, and one declaring too many pixels is left out.
     */
    private static java.util.Optional<byte[]> logoImage(byte[] stored) {
        if (ImageScaling.isStoredWithin(stored, STORED_LOGO_SIDE)) {
            return java.util.Optional.of(stored);
        }
        try {
            return ImageScaling.fitWithin(stored, LOGO_SIDE).map(ImageScaling.Scaled::bytes);
        } catch (ImageScaling.TooLargeException tooLarge) {
            return java.util.Optional.empty();
        }
    }

    private Paragraph party(Party party, float nameSize) {
        Paragraph p = new Paragraph().setMargin(0).add(new Paragraph(party.name()).setFont(bold).setFontSize(nameSize)
                .setMargin(0));
        StringBuilder text = new StringBuilder();
        if (party.document() != null && !party.document().isBlank()) {
            text.append(party.document());
        }
        for (String detail : party.details()) {
            if (detail != null && !detail.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(detail);
            }
        }
        if (!text.isEmpty()) {
            p.add("\n" + text);
        }
        return p;
    }

    private Table facts(SalesDocument doc) {
        Table table = new Table(UnitValue.createPercentArray(Math.max(1, doc.facts().size()))).useAllAvailableWidth();
        for (Fact fact : doc.facts()) {
            table.addCell(new Cell().setBorder(Border.NO_BORDER).add(new Paragraph(fact.label()).setFontSize(8)
                    .setFontColor(ColorConstants.DARK_GRAY).setMargin(0)).add(new Paragraph(fact.value()).setFont(bold)
                    .setMargin(0)));
        }
        return table;
    }

    private Table lines(SalesDocument doc) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {6, 1.4f, 2, 1.8f, 2})).useAllAvailableWidth()
                .setMarginTop(10);
        for (String title : new String[] {"Descrição", "Qtd.", "Preço unit.", "Desconto", "Total"}) {
            table.addHeaderCell(new Cell().setBackgroundColor(HEADER).add(new Paragraph(title).setFont(bold))
                    .setTextAlignment(title.equals("Descrição") ? TextAlignment.LEFT : TextAlignment.RIGHT));
        }
        for (SaleLine line : doc.lines()) {
            table.addCell(cell(line.getDescription(), TextAlignment.LEFT));
            table.addCell(cell(quantity(line.getQuantity()), TextAlignment.RIGHT));
            table.addCell(cell(Money.format(line.getUnitPrice()), TextAlignment.RIGHT));
            table.addCell(cell(line.getDiscount().signum() == 0 ? "—" : Money.format(line.getDiscount()),
                    TextAlignment.RIGHT));
            table.addCell(cell(Money.format(line.getTotal()), TextAlignment.RIGHT));
        }
        return table;
    }

    private Table totals(SalesDocument doc) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {3, 1})).setWidth(UnitValue
                .createPercentValue(45)).setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.RIGHT)
                .setMarginTop(6);
        row(table, "Subtotal", Money.format(doc.totals().gross()), false);
        if (doc.totals().discount().signum() != 0) {
            row(table, "Descontos", Money.format(doc.totals().discount().negate()), false);
        }
        row(table, "Total", Money.format(doc.totals().total()), true);
        for (Fact amount : doc.amounts()) {
            row(table, amount.label(), amount.value(), false);
        }
        return table;
    }

    private Table pix(SalesDocument.Pix pix) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {1, 3})).useAllAvailableWidth()
                .setMarginTop(14).setBorder(new SolidBorder(ColorConstants.LIGHT_GRAY, 1));
        table.addCell(new Cell().setBorder(Border.NO_BORDER).add(new Image(ImageDataFactory.create(pix.qrPng()))
                .setWidth(120).setHeight(120)));
        table.addCell(new Cell().setBorder(Border.NO_BORDER)
                .add(new Paragraph("Pague com PIX").setFont(bold).setFontSize(12))
                .add(new Paragraph("Leia o QR code no app do seu banco ou use o PIX copia e cola:").setFontSize(9))
                .add(new Paragraph(pix.payload()).setFontSize(8)));
        return table;
    }

    private void row(Table table, String label, String value, boolean strong) {
        Paragraph left = new Paragraph(label);
        Paragraph right = new Paragraph(value);
        if (strong) {
            left.setFont(bold);
            right.setFont(bold);
        }
        table.addCell(new Cell().setBorder(Border.NO_BORDER).add(left));
        table.addCell(new Cell().setBorder(Border.NO_BORDER).add(right).setTextAlignment(TextAlignment.RIGHT));
    }

    private static Cell cell(String text, TextAlignment alignment) {
        return new Cell().add(new Paragraph(text)).setTextAlignment(alignment);
    }

    /** 1, 1,5 or 0,333: pt-BR, no trailing zeros. */
    static String quantity(BigDecimal quantity) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(new Locale("pt", "BR")));
        return format.format(quantity);
    }
}
