package br.com.clientela.orders.control;

import br.com.clientela.orders.entity.Positioned;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.settings.NamedSetting;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a company's ordered list of settings follows (order types, order statuses): names unique in the
 * company ignoring case (409), at least one active item always (422), an item in use deleted never (409, deactivate
 * it), positions 1, 2, 3... kept without gaps. The entity and the pt-BR words are given; the caller's persistence
 * context (scoped to the company) does the rest.
 *
 * @param <T> the setting
 */
public final class CompanyList<T extends NamedSetting & Positioned> {

    /** What the list says in pt-BR: "Tipo de pedido não encontrado.", the taken name and the last active refusals. */
    public record Words(String notFound, String nameTaken, String keepOneActive) {
    }

    private final EntityManager em;
    private final Class<T> type;
    private final Words words;

    public CompanyList(EntityManager em, Class<T> type, Words words) {
        this.em = em;
        this.type = type;
        this.words = words;
    }

    /** The company's items in order (a handful: one query, kept in the persistence context). */
    public List<T> all() {
        return new ArrayList<>(em.createQuery("select x from " + type.getSimpleName() + " x order by x.position, x.id",
                type).getResultList());
    }

    public T load(Long id) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.id = :id", type)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(words.notFound()));
    }

    /** Persists a new item, last unless a position is given. */
    public T add(T item, Boolean active, Integer position) {
        refuseTakenName(item.getName(), null);
        List<T> all = all();
        item.setPosition(all.size() + 1);
        item.setActive(active == null || active);
        em.persist(item);
        if (position != null) {
            all.add(item);
            Reordering.moveTo(all, item, position);
        }
        em.flush();
        return item;
    }

    /** Renames; {@code active} and {@code position} change only when given. */
    public T change(T item, String name, Boolean active, Integer position) {
        refuseTakenName(name, item.getId());
        item.rename(name);
        if (active != null && active != item.isActive()) {
            setActive(item, active);
        }
        if (position != null) {
            Reordering.moveTo(all(), item, position);
        }
        em.flush();
        return item;
    }

    /** One place up ({@code -1}) or down ({@code +1}). */
    public void step(T item, int delta) {
        Reordering.step(all(), item, Integer.signum(delta));
        em.flush();
    }

    public void setActive(T item, boolean active) {
        if (!active && item.isActive()) {
            refuseLastActive(item);
        }
        item.setActive(active);
    }

    /** Deletes an item nothing uses; {@code inUse} is the refusal when {@code uses} is above zero. */
    public void delete(T item, long uses, String inUse) {
        if (uses > 0) {
            throw new ConflictException(null, inUse);
        }
        if (item.isActive()) {
            refuseLastActive(item);
        }
        em.remove(item);
        List<T> rest = all();
        rest.remove(item);
        Reordering.renumber(rest);
    }

    private void refuseLastActive(T item) {
        if (all().stream().noneMatch(x -> x.isActive() && !x.getId().equals(item.getId()))) {
            throw new InvalidInputException("active", words.keepOneActive());
        }
    }

    private void refuseTakenName(String name, Long ownId) {
        String key = name.toLowerCase(Locale.ROOT);
        if (all().stream().anyMatch(x -> !x.getId().equals(ownId) && x.getName().toLowerCase(Locale.ROOT).equals(key))) {
            throw new ConflictException("name", words.nameTaken());
        }
    }
}
