package br.com.clientela.lines.control;

import br.com.clientela.catalog.entity.CatalogItem;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.money.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns typed lines into {@link SaleLine}s: fills description and price from the catalog (only the caller's
 * company's items are found, tenancy does that), and checks what annotations cannot — a free line without a
 * description or price, a discount larger than the line, an inactive or unknown item, a line or a document whose
 * amount would pass {@link Money#MAX} (the columns' limit, and what a wallet or a transaction can hold). Every wrong line is
 * reported at once under {@code lines[i].field}; nothing is returned unless all lines are right.
 */
@Dependent
public class SaleLines {

    public static final int MAX_LINES = 200;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    public List<SaleLine> resolve(List<LineInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException("lines", "Inclua pelo menos um item.");
        }
        if (inputs.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "No máximo " + MAX_LINES + " itens por documento.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<SaleLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "lines[" + i + "].";
            LineInput in = inputs.get(i);
            if (in == null) {
                errors.put("lines[" + i + "]", "Item vazio.");
                continue;
            }
            String description = blankToNull(in.description());
            BigDecimal price = in.unitPrice();
            if (in.catalogItemId() != null) {
                CatalogItem item = em.find(CatalogItem.class, in.catalogItemId());
                if (item == null) {
                    errors.put(at + "catalogItemId", "Item do catálogo não encontrado.");
                    continue;
                }
                if (!item.isActive() && (description == null || price == null)) {
                    errors.put(at + "catalogItemId", "O item \"" + item.getName() + "\" está inativo no catálogo.");
                    continue;
                }
                description = description == null ? item.getName() : description;
                price = price == null ? item.getUnitPrice() : price;
            }
            if (description == null) {
                errors.put(at + "description", "Descreva o item ou escolha um do catálogo.");
            }
            if (price == null) {
                errors.put(at + "unitPrice", "Informe o preço unitário.");
            }
            BigDecimal quantity = in.quantity() == null ? BigDecimal.ONE : in.quantity();
            BigDecimal discount = in.discount() == null ? Money.ZERO : in.discount();
            if (price != null && !Money.fits(SaleLine.gross(quantity, price))) {
                errors.put(at + "quantity", "O valor do item (quantidade × preço unitário) passa do máximo de "
                        + Money.format(Money.MAX) + ": reduza a quantidade ou o preço.");
                continue;
            }
            if (price != null && discount.compareTo(SaleLine.gross(quantity, price)) > 0) {
                errors.put(at + "discount", "O desconto (" + Money.format(discount)
                        + ") é maior que o valor do item (" + Money.format(SaleLine.gross(quantity, price)) + ").");
            }
            if (description != null && price != null && !errors.containsKey(at + "discount")) {
                lines.add(new SaleLine(in.catalogItemId(), description, quantity, price, discount));
            }
        }
        if (errors.isEmpty() && !Money.fits(LineTotals.of(lines).gross())) {
            errors.put("lines", "O total do documento passa do máximo de " + Money.format(Money.MAX)
                    + ": divida os itens em mais de um documento.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return lines;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
