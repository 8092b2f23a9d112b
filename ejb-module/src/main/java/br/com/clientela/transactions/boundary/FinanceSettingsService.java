package br.com.clientela.transactions.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.transactions.entity.FinancialAccount;
import br.com.clientela.transactions.entity.TransactionCategory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;

/**
 * The company's transaction categories and financial accounts: everyone lists them (the Transactions page filters
 * by them), a MANAGER or ADMIN adds, renames, deactivates and reactivates them. Names are unique per company, any
 * case (409 on "name"). The system ones (with a code) may be renamed but never deactivated: the system writes them
 * by itself (payments, wallet movements, redemptions; cash goes to the till, other methods to the bank, prepaid money
 * to the wallet account), so an inactive one would still receive movements while vanishing from the choices.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class FinanceSettingsService {

    private static final java.util.Comparator<FinanceSettingRow> ACTIVE_FIRST =
            java.util.Comparator.comparing(row -> !row.active());

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    /** Active ones first, then by name. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<FinanceSettingRow> categories() {
        // A few rows per company: read as entities because the row carries the code as text.
        return em.createQuery("select k from TransactionCategory k order by k.name",
                TransactionCategory.class).getResultStream().map(FinanceSettingsService::row)
                .sorted(ACTIVE_FIRST).toList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<FinanceSettingRow> accounts() {
        return em.createQuery("select a from FinancialAccount a order by a.name",
                FinancialAccount.class).getResultStream().map(FinanceSettingsService::row)
                .sorted(ACTIVE_FIRST).toList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public FinanceSettingRow category(Long id) {
        return row(loadCategory(id));
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public FinanceSettingRow account(Long id) {
        return row(loadAccount(id));
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public FinanceSettingRow createCategory(FinanceSettingInput input) {
        String name = name(input);
        refuseTaken("TransactionCategory", name, null, "Já existe uma categoria com este nome.");
        TransactionCategory category = new TransactionCategory(name, null);
        category.setActive(input.active() == null || input.active());
        em.persist(category);
        flush("Já existe uma categoria com este nome.");
        return row(category);
    }

    /** Renames; {@code active} changes only when given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public FinanceSettingRow updateCategory(Long id, FinanceSettingInput input) {
        return updateCategory(id, input, null);
    }

    /** Like {@link #updateCategory(Long, FinanceSettingInput)}, refusing a change based on an old version (null: any). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public FinanceSettingRow updateCategory(Long id, FinanceSettingInput input, Long expectedVersion) {
        TransactionCategory category = loadCategory(id);
        versions.claim(category, "TransactionCategory", id, category.getVersion(), expectedVersion, caller());
        String name = name(input);
        refuseTaken("TransactionCategory", name, id, "Já existe uma categoria com este nome.");
        if (input.active() != null && !input.active() && category.getCode() != null) {
            throw new InvalidInputException("active", "A categoria \"" + category.getName() + "\" é lançada pelo "
                    + "próprio sistema e não pode ser desativada; você pode renomeá-la.");
        }
        category.rename(name);
        if (input.active() != null) {
            category.setActive(input.active());
        }
        flush("Já existe uma categoria com este nome.");
        return row(category);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public FinanceSettingRow createAccount(FinanceSettingInput input) {
        String name = name(input);
        refuseTaken("FinancialAccount", name, null, "Já existe uma conta com este nome.");
        FinancialAccount account = new FinancialAccount(name, null);
        account.setActive(input.active() == null || input.active());
        em.persist(account);
        flush("Já existe uma conta com este nome.");
        return row(account);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public FinanceSettingRow updateAccount(Long id, FinanceSettingInput input) {
        return updateAccount(id, input, null);
    }

    /** Like {@link #updateAccount(Long, FinanceSettingInput)}, refusing a change based on an old version (null: any). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public FinanceSettingRow updateAccount(Long id, FinanceSettingInput input, Long expectedVersion) {
        FinancialAccount account = loadAccount(id);
        versions.claim(account, "FinancialAccount", id, account.getVersion(), expectedVersion, caller());
        String name = name(input);
        refuseTaken("FinancialAccount", name, id, "Já existe uma conta com este nome.");
        if (input.active() != null && !input.active() && account.getCode() != null) {
            throw new InvalidInputException("active", "A conta \"" + account.getName() + "\" recebe movimentos do "
                    + "próprio sistema e não pode ser desativada; você pode renomeá-la.");
        }
        account.rename(name);
        if (input.active() != null) {
            account.setActive(input.active());
        }
        flush("Já existe uma conta com este nome.");
        return row(account);
    }

    /** Saves now: the same name sent at the same instant by two people passes the check and meets the unique key. */
    private void flush(String nameTaken) {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw stale; // someone saved the same row meanwhile: not a name clash
        } catch (PersistenceException clash) {
            throw new ConflictException("name", nameTaken);
        }
    }

    private static String name(FinanceSettingInput input) {
        String name = input == null || input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "Informe o nome.");
        }
        if (name.length() > TransactionCategory.NAME_MAX) {
            throw new InvalidInputException("name", "O nome tem no máximo " + TransactionCategory.NAME_MAX
                    + " caracteres.");
        }
        return name;
    }

    private void refuseTaken(String entity, String name, Long ownId, String message) {
        boolean taken = em.createQuery("select e.id from " + entity + " e where lower(e.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream()
                .anyMatch(id -> !id.equals(ownId));
        if (taken) {
            throw new ConflictException("name", message);
        }
    }

    private TransactionCategory loadCategory(Long id) {
        TransactionCategory category = id == null ? null : em.find(TransactionCategory.class, id);
        if (category == null) {
            throw new NotFoundException("Categoria não encontrada.");
        }
        return category;
    }

    private FinancialAccount loadAccount(Long id) {
        FinancialAccount account = id == null ? null : em.find(FinancialAccount.class, id);
        if (account == null) {
            throw new NotFoundException("Conta financeira não encontrada.");
        }
        return account;
    }

    private static FinanceSettingRow row(TransactionCategory category) {
        return new FinanceSettingRow(category.getId(), category.getName(),
                category.getCode() == null ? null : category.getCode().name(), category.isActive(),
                category.getVersion());
    }

    private static FinanceSettingRow row(FinancialAccount account) {
        return new FinanceSettingRow(account.getId(), account.getName(),
                account.getCode() == null ? null : account.getCode().name(), account.isActive(),
                account.getVersion());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
