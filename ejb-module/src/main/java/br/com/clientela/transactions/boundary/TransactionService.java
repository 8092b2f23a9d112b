package br.com.clientela.transactions.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.money.Money;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.FinancialAccount;
import br.com.clientela.transactions.entity.SystemAccount;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.transactions.entity.Transaction;
import br.com.clientela.transactions.entity.TransactionCategory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The company's transactions (movimentações): a page of them for a filter, paged in the database, with the totals
 * of everything the filter matches in one aggregate query; and manual adjustments (MANAGER, ADMIN). An
 * adjustment uses the ADJUSTMENT category or one of the company's own (the other system categories are written
 * only by the features that move the money), never the WALLET method or the clients' wallet account (the wallet's
 * balance moves only through the wallet), and always says why.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class TransactionService {

    public static final int MAX_PAGE = 200;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private static final String ROW = "select new br.com.clientela.transactions.boundary.TransactionRow(t.id, t.at,"
            + " t.clientId, c.name, k.id, k.name, t.method, a.id, a.name, t.amount, t.description, t.actor)"
            + " from Transaction t join t.category k left join t.account a, Client c where c.id = t.clientId";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    TransactionRecorder recorder;

    /** A page of the transactions the filter matches, newest first, and their totals. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public TransactionPage page(TransactionFilter filter, int first, int max) {
        TransactionTotals totals = totals(filter);
        return new TransactionPage(rows(filter, first, max), totals.count(), totals);
    }

    /** The rows only, newest first: from {@code first}, at most {@code max} (1 to 200). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<TransactionRow> rows(TransactionFilter filter, int first, int max) {
        TransactionFilter typed = filter == null ? TransactionFilter.any() : filter;
        return bind(em.createQuery(ROW + where(typed) + " order by t.at desc, t.id desc", TransactionRow.class), typed)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
                .getResultList();
    }

    /**
     * Money in, money out (positive), net and count of what the filter matches, in one query. In and out count
     * only the company's own accounts (see {@link TransactionRecorder#counts}): a payment from a client's wallet or
     * a redemption of points is listed but is not money coming in again.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public TransactionTotals totals(TransactionFilter filter) {
        TransactionFilter typed = filter == null ? TransactionFilter.any() : filter;
        String counted = "(a.id is null or a.code is null or a.code <> :wallets)";
        TypedQuery<Object[]> query = em.createQuery("select sum(case when t.amount > 0 and " + counted
                + " then t.amount else 0 end), sum(case when t.amount < 0 and " + counted
                + " then t.amount else 0 end), count(t) from Transaction t left join t.account a where 1 = 1"
                + where(typed), Object[].class);
        query.setParameter("wallets", SystemAccount.WALLET);
        Object[] sums = bind(query, typed).getSingleResult();
        BigDecimal in = money(sums[0]);
        BigDecimal out = money(sums[1]).negate();
        return new TransactionTotals(in, out, in.subtract(out), ((Number) sums[2]).longValue());
    }

    /** A manual adjustment; every wrong field is named at once, an unknown client is a 404. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TransactionRow adjust(AdjustmentInput input) {
        AdjustmentInput typed = input == null ? new AdjustmentInput(null, null, null, null, null, null) : input;
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.clientId() == null) {
            errors.put("clientId", "Escolha o cliente.");
        }
        BigDecimal amount = amount(typed.amount(), errors);
        if (typed.method() == null) {
            errors.put("method", "Escolha a forma de pagamento.");
        } else if (typed.method() == PaymentMethod.WALLET) {
            errors.put("method", "A carteira do cliente só muda pela aba Carteira: escolha outra forma.");
        }
        String description = typed.description() == null || typed.description().isBlank() ? null
                : typed.description().strip();
        if (description == null) {
            errors.put("description", "Descreva o motivo do ajuste.");
        } else if (description.length() > Transaction.DESCRIPTION_MAX) {
            errors.put("description", "A descrição tem no máximo " + Transaction.DESCRIPTION_MAX + " caracteres.");
        }
        TransactionCategory category = category(typed.categoryId(), errors);
        FinancialAccount account = typed.method() == null || typed.method() == PaymentMethod.WALLET ? null
                : account(typed.accountId(), typed.method(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String client = em.createQuery("select c.name from Client c where c.id = :id and c.deletedAt is null",
                String.class).setParameter("id", typed.clientId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
        Transaction transaction = recorder.record(typed.clientId(), category, amount, typed.method(), account,
                description, session.getCallerPrincipal().getName(), null, null);
        em.flush();
        return new TransactionRow(transaction.getId(), transaction.getAt(), typed.clientId(), client, category.getId(),
                category.getName(), typed.method(), account.getId(), account.getName(), amount, description,
                transaction.getActor());
    }

    private static BigDecimal amount(BigDecimal amount, Map<String, String> errors) {
        if (amount == null) {
            errors.put("amount", "Informe o valor.");
        } else if (amount.signum() == 0) {
            errors.put("amount", "O valor do ajuste não pode ser zero: positivo para entrada, negativo para saída.");
        } else if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            errors.put("amount", "Use no máximo 2 casas decimais (centavos).");
        } else if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            errors.put("amount", "O valor passa do máximo de " + Money.format(MAX_AMOUNT) + ".");
        } else {
            return amount.setScale(Money.SCALE);
        }
        return null;
    }

    private TransactionCategory category(Long categoryId, Map<String, String> errors) {
        if (categoryId == null) {
            return recorder.category(SystemCategory.ADJUSTMENT);
        }
        TransactionCategory category = em.find(TransactionCategory.class, categoryId);
        if (category == null) {
            errors.put("categoryId", "Categoria não encontrada.");
        } else if (!category.isActive()) {
            errors.put("categoryId", "A categoria \"" + category.getName() + "\" está inativa.");
        } else if (category.getCode() != null && category.getCode() != SystemCategory.ADJUSTMENT) {
            errors.put("categoryId", "A categoria \"" + category.getName() + "\" é lançada pelo sistema; para um "
                    + "ajuste use \"" + recorder.category(SystemCategory.ADJUSTMENT).getName()
                    + "\" ou uma categoria criada pela empresa.");
        }
        return category;
    }

    private FinancialAccount account(Long accountId, PaymentMethod method, Map<String, String> errors) {
        try {
            // The clients' wallets account is refused there for any method but WALLET, itself refused here.
            return recorder.chosenAccount("accountId", accountId, method);
        } catch (InvalidInputException refused) {
            errors.putAll(refused.getFields());
            return null;
        }
    }

    private static String where(TransactionFilter filter) {
        StringBuilder jpql = new StringBuilder();
        if (filter.from() != null) {
            jpql.append(" and t.at >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and t.at < :to");
        }
        if (filter.categoryId() != null) {
            jpql.append(" and t.category.id = :category");
        }
        if (filter.method() != null) {
            jpql.append(" and t.method = :method");
        }
        if (filter.accountId() != null) {
            jpql.append(" and t.account.id = :account");
        }
        if (filter.clientId() != null) {
            jpql.append(" and t.clientId = :client");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, TransactionFilter filter) {
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.categoryId() != null) {
            query.setParameter("category", filter.categoryId());
        }
        if (filter.method() != null) {
            query.setParameter("method", filter.method());
        }
        if (filter.accountId() != null) {
            query.setParameter("account", filter.accountId());
        }
        if (filter.clientId() != null) {
            query.setParameter("client", filter.clientId());
        }
        return query;
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? Money.ZERO : new BigDecimal(sum.toString()).setScale(Money.SCALE);
    }
}
