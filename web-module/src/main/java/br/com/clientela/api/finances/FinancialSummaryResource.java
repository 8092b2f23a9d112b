package br.com.clientela.api.finances;

import br.com.clientela.finances.boundary.FinancialSummary;
import br.com.clientela.finances.boundary.FinancialSummaryService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A client's financial summary: total spent, amount due and count of open invoices, the oldest open invoices,
 * the latest payments, the wallet balance and the reward points available.
 */
@Path("clients/{id}/financial-summary")
@Produces(MediaType.APPLICATION_JSON)
public class FinancialSummaryResource {

    @EJB
    FinancialSummaryService summaries;

    @GET
    public FinancialSummary summary(@PathParam("id") Long id) {
        return summaries.of(id);
    }
}
