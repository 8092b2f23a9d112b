package br.com.clientela.shared.tenancy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Default interceptor of every EJB in this module (bound in ejb-jar.xml): before a business method runs,
 * the transaction's persistence context is scoped to the signed-in caller's company. Anonymous calls get
 * no tenant, so they cannot read any multitenant entity at all.
 */
public class TenantInterceptor {

    @Resource
    EJBContext context;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    CallerCompany callerCompany;

    @AroundInvoke
    public Object scopeToCallerCompany(InvocationContext invocation) throws Exception {
        String caller = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (caller != null && !"ANONYMOUS".equals(caller)) {
            callerCompany.ofStaff(caller).ifPresent(companyId -> TenantScope.enter(em, companyId));
        }
        return invocation.proceed();
    }
}
