package br.com.clientela.shared.tenancy;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The one place that tells EclipseLink which company a persistence context works for. Every entity marked
 * {@code @Multitenant} is then read and written only with that company's id: queries get the
 * {@code company_id} criterion and inserts get the column, without a WHERE clause written by hand.
 */
public final class TenantScope {

    private TenantScope() {
    }

    public static void enter(EntityManager em, long companyId) {
        // A number, not text: PostgreSQL refuses a varchar parameter for the bigint company_id column.
        em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, companyId);
    }
}
