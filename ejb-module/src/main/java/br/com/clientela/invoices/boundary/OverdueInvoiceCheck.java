package br.com.clientela.invoices.boundary;

import br.com.clientela.invoices.control.OverdueAlerts;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Brings one company's overdue-invoice alerts up to date, in a transaction of its own per company. Called only
 * by {@link OverdueInvoiceSchedule}'s timer, which runs with no signed-in caller (hence {@code @PermitAll}); no
 * page or endpoint reaches it (staff use {@code InvoiceService.raiseOverdueAlerts}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OverdueInvoiceCheck {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    OverdueAlerts alerts;

    /** @return how many alerts were raised, changed or cleared */
    @PermitAll
    public int run(long companyId, LocalDate today) {
        TenantScope.enter(em, companyId);
        return alerts.refreshAll(today);
    }
}
