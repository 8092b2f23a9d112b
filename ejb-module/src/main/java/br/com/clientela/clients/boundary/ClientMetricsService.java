package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.LifecycleStage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures about the company's clients, each counted by the database: the metric cards of the list (for the
 * clients that pass its filter) and the dashboard (stages, registrations per month, birthdays).
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ClientMetricsService {

    private static final int MAX_BIRTHDAY_DAYS = 31;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientMetrics metrics(@NotNull @Valid ClientFilter filter) {
        Map<LifecycleStage, Long> perStage = perStage(filter);
        long total = perStage.values().stream().mapToLong(Long::longValue).sum();
        ReviewFigures reviews = reviews(filter);
        return new ClientMetrics(total, perStage, reviews.count(), reviews.averageRating(), totalSales(filter));
    }

    /** How many matching clients are in each stage (every stage present, 0 when none). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public Map<LifecycleStage, Long> perStage(@NotNull @Valid ClientFilter filter) {
        Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            counts.put(stage, 0L);
        }
        // count(c.firstPurchaseAt) counts only the clients who bought: the active ones among them are customers.
        ClientQuery.bind(em.createQuery("select c.status, count(c), count(c.firstPurchaseAt) from Client c"
                + ClientQuery.where(filter) + " group by c.status", Object[].class), filter)
                .getResultStream()
                .forEach(row -> {
                    long all = ((Number) row[1]).longValue();
                    long bought = ((Number) row[2]).longValue();
                    if (row[0] == ClientStatus.INACTIVE) {
                        counts.merge(LifecycleStage.INACTIVE, all, Long::sum);
                    } else {
                        counts.merge(LifecycleStage.CUSTOMER, bought, Long::sum);
                        counts.merge(LifecycleStage.CONTACT, all - bought, Long::sum);
                    }
                });
        return counts;
    }

    /** Count and average rating of the reviews of the matching clients, in one query. */
    ReviewFigures reviews(ClientFilter filter) {
        Object[] figures = ClientQuery.bind(em.createQuery("select count(r), avg(r.rating) from Review r join r.client c"
                + ClientQuery.where(filter), Object[].class), filter).getSingleResult();
        Number average = (Number) figures[1];
        return new ReviewFigures(((Number) figures[0]).longValue(), average == null ? null : average.doubleValue());
    }

    /** What the matching clients have paid (invoice payments and paid orders), summed by the database. */
    BigDecimal totalSales(ClientFilter filter) {
        BigDecimal sum = ClientQuery.bind(em.createQuery("select sum(c.totalSpent) from Client c"
                + ClientQuery.where(filter), BigDecimal.class), filter).getSingleResult();
        return sum == null ? new BigDecimal("0.00") : sum.setScale(2);
    }

    /** Clients registered in each of the last {@code months} months, this one included, oldest first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<MonthCount> createdPerMonth(@NotNull YearMonth current, @Min(1) @Max(36) int months) {
        YearMonth first = current.minusMonths(months - 1L);
        Map<YearMonth, Long> counts = new HashMap<>();
        em.createQuery("select extract(year from c.createdAt), extract(month from c.createdAt), count(c)"
                + " from Client c where c.deletedAt is null and c.createdAt >= :since and c.createdAt < :until"
                + " group by extract(year from c.createdAt), extract(month from c.createdAt)", Object[].class)
                .setParameter("since", first.atDay(1).atStartOfDay())
                .setParameter("until", current.plusMonths(1).atDay(1).atStartOfDay())
                .getResultStream()
                .forEach(row -> counts.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).longValue()));
        List<MonthCount> result = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            result.add(new MonthCount(month, counts.getOrDefault(month, 0L)));
        }
        return result;
    }

    /**
     * Clients whose birthday falls from {@code from} to {@code to} (at most a month), in calendar order. Compared
     * by month and day (month × 100 + day); someone born on 29 February
     * has their birthday on the 28th in other years.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<BirthdayRow> birthdays(@NotNull LocalDate from, @NotNull LocalDate to) {
        Set<Integer> days = new LinkedHashSet<>();
        for (LocalDate day = from; !day.isAfter(to) && days.size() < MAX_BIRTHDAY_DAYS; day = day.plusDays(1)) {
            days.add(day.getMonthValue() * 100 + day.getDayOfMonth());
            if (MonthDay.from(day).equals(MonthDay.of(2, 28)) && !day.isLeapYear()) {
                days.add(229);
            }
        }
        if (days.isEmpty()) {
            return List.of();
        }
        List<BirthdayRow> found = em.createQuery("select new br.com.clientela.clients.boundary.BirthdayRow(c.id, c.name,"
                + " c.birthDate, c.phone) from Client c where c.deletedAt is null and c.birthDate is not null"
                + " and (extract(month from c.birthDate) * 100 + extract(day from c.birthDate)) in :days",
                BirthdayRow.class)
                .setParameter("days", new ArrayList<>(days))
                .setMaxResults(200)
                .getResultList();
        List<Integer> order = new ArrayList<>(days);
        return found.stream()
                .sorted(java.util.Comparator.comparingInt((BirthdayRow b) -> order.indexOf(monthDay(b.birthDate())))
                        .thenComparing(BirthdayRow::name))
                .toList();
    }

    private static int monthDay(LocalDate date) {
        return date.getMonthValue() * 100 + date.getDayOfMonth();
    }
}
