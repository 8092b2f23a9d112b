package br.com.clientela.backoffice.quotes;

import br.com.clientela.quotes.entity.QuoteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the quote pages show a state: the colour of its tag ({@code #{quoteFormat.severity(row.status())}}). */
@Named
@ApplicationScoped
public class QuoteFormat {

    public String severity(QuoteStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case DRAFT -> "secondary";
            case SENT -> "info";
            case ACCEPTED, CONVERTED -> "success";
            case REJECTED -> "danger";
            case EXPIRED -> "warning";
        };
    }
}
