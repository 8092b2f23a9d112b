package br.com.clientela.clients.boundary;

import br.com.clientela.clients.control.ClientSearchWords;
import br.com.clientela.clients.entity.ClientStatus;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The JPQL of a {@link ClientFilter}, shared by the list, its metric cards, bulk actions and the export, so all
 * of them agree on which clients match. Clients in the trash never match. The alias of the client is {@code c}.
 */
final class ClientQuery {

    private static final String SEARCH_TEXT = "c.searchText";
    private static final String NAME_KEY = "c.nameKey";

    private ClientQuery() {
    }

    /** The conditions, starting with " where" (parameters bound by {@link #bind}). */
    static String where(ClientFilter filter) {
        return where(filter, ClientSearchWords.of(filter.q()));
    }

    /** The conditions of one rank of a search ({@link #ranks}), bound by {@link #bind(TypedQuery, ClientFilter, int)}. */
    static String where(ClientFilter filter, int rank) {
        ClientSearchWords words = ClientSearchWords.of(filter.q());
        return where(filter, words.forRank(rank)) + " and " + words.ranks(NAME_KEY).get(rank);
    }

    private static String where(ClientFilter filter, ClientSearchWords words) {
        StringBuilder jpql = new StringBuilder(" where c.deletedAt is null");
        if (!words.isEmpty()) {
            jpql.append(" and ").append(words.matching(SEARCH_TEXT));
        }
        if (filter.groupId() != null) {
            jpql.append(" and exists (select g from Client m join m.groups g where m = c and g.id = :group)");
        }
        if (filter.active() != null) {
            jpql.append(" and c.status = :status");
        }
        if (filter.stage() != null) {
            // LEAD comes with the portal (self-registration); until then no client is in it.
            switch (filter.stage()) {
                case INACTIVE -> jpql.append(" and c.status = br.com.clientela.clients.entity.ClientStatus.INACTIVE");
                case CONTACT -> jpql.append(" and c.status = br.com.clientela.clients.entity.ClientStatus.ACTIVE"
                        + " and c.firstPurchaseAt is null");
                case CUSTOMER -> jpql.append(" and c.status = br.com.clientela.clients.entity.ClientStatus.ACTIVE"
                        + " and c.firstPurchaseAt is not null");
                default -> jpql.append(" and 1 = 0");
            }
        }
        if (origin(filter) != null) {
            jpql.append(" and lower(c.origin) = :origin");
        }
        if (filter.createdFrom() != null) {
            jpql.append(" and c.createdAt >= :createdFrom");
        }
        if (filter.createdTo() != null) {
            jpql.append(" and c.createdAt < :createdBefore");
        }
        if (filter.updatedFrom() != null) {
            jpql.append(" and c.updatedAt >= :updatedFrom");
        }
        if (filter.updatedTo() != null) {
            jpql.append(" and c.updatedAt < :updatedBefore");
        }
        if (filter.birthMonth() != null) {
            jpql.append(" and extract(month from c.birthDate) = :birthMonth");
        }
        if (filter.centerId() != null) {
            jpql.append(" and c.center.id = :center");
        }
        if (filter.ownerId() != null) {
            jpql.append(" and c.owner.id = :owner");
        }
        return jpql.toString();
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, ClientFilter filter) {
        return bind(query, filter, ClientSearchWords.of(filter.q()));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ClientFilter filter, ClientSearchWords words) {
        words.bind(query);
        if (filter.groupId() != null) {
            query.setParameter("group", filter.groupId());
        }
        if (filter.active() != null) {
            query.setParameter("status", filter.active() ? ClientStatus.ACTIVE : ClientStatus.INACTIVE);
        }
        if (origin(filter) != null) {
            query.setParameter("origin", origin(filter));
        }
        if (filter.createdFrom() != null) {
            query.setParameter("createdFrom", filter.createdFrom().atStartOfDay());
        }
        if (filter.createdTo() != null) {
            query.setParameter("createdBefore", dayAfter(filter.createdTo()));
        }
        if (filter.updatedFrom() != null) {
            query.setParameter("updatedFrom", filter.updatedFrom().atStartOfDay());
        }
        if (filter.updatedTo() != null) {
            query.setParameter("updatedBefore", dayAfter(filter.updatedTo()));
        }
        if (filter.birthMonth() != null) {
            query.setParameter("birthMonth", filter.birthMonth());
        }
        if (filter.centerId() != null) {
            query.setParameter("center", filter.centerId());
        }
        if (filter.ownerId() != null) {
            query.setParameter("owner", filter.ownerId());
        }
        return query;
    }

    /**
     * The ranks of a search in name order ({@link ClientSearchWords#ranks}): conditions to add to {@link #where},
     * each bound by {@link #bind(TypedQuery, ClientFilter, int)}; none when nothing (or a number) was typed.
     */
    static List<String> ranks(ClientFilter filter) {
        return ClientSearchWords.of(filter.q()).ranks(NAME_KEY);
    }

    /**
     * The order within a rank: the first two by name key (the name without accents or case, read straight off
     * its index, so a rank of 15,000 "Maria …" is not sorted to show 20); the rest by name, as the list.
     */
    static String rankOrder(int rank) {
        return rank < 2 ? " order by c.nameKey, c.id" : ClientSort.BY_NAME.orderBy();
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, ClientFilter filter, int rank) {
        ClientSearchWords words = ClientSearchWords.of(filter.q());
        return words.bindRank(bind(query, filter, words.forRank(rank)), rank);
    }

    private static java.time.LocalDateTime dayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay();
    }

    private static String origin(ClientFilter filter) {
        return filter.origin() == null || filter.origin().isBlank() ? null
                : filter.origin().trim().toLowerCase(Locale.ROOT);
    }
}
