package br.com.clientela.backoffice.clients;

import br.com.clientela.finances.boundary.FinancialSummary;
import br.com.clientela.finances.boundary.FinancialSummaryService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The financial summary at the top of a client's profile (WEB-INF/includes/clients/financial-summary.xhtml),
 * read once per view and again after anything on the page moves money ({@link #refresh}).
 */
@Named
@ViewScoped
public class ClientFinancesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FinancialSummaryService summaries;

    @Inject
    ClientProfileBacking profile;

    private FinancialSummary summary;

    public FinancialSummary getSummary() {
        if (summary == null && profile.getId() != null) {
            summary = summaries.of(profile.getId());
        }
        return summary;
    }

    public void refresh() {
        summary = null;
    }
}
