package br.com.clientela.backoffice.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How order pages show quantities: pt-BR, no trailing zeros (1, 1,5, 0,333). */
@Named
@ApplicationScoped
public class OrderFormat {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    public String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(PT_BR));
        return format.format(quantity);
    }
}
