package br.com.clientela.backoffice.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a boundary's {@code count()} and {@code page(first, size)}: the table
 * pages (and, with a {@link SortedPage}, sorts) in the database and never holds more than one page of rows.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Serializable so the view-scoped bean holding the model can be kept in the session. */
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code size} of them. */
    public interface Page<T> extends Serializable {
        List<T> page(int first, int size);
    }

    /** The rows from {@code first} in the order of a column ({@code field} null: the default order). */
    public interface SortedPage<T> extends Serializable {
        List<T> page(int first, int size, String field, boolean descending);
    }

    /** A serializable row key function. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Count count;
    private final SortedPage<T> page;
    private final Key<T> key;

    public PagedRows(Count count, Page<T> page, Key<T> key) {
        this(count, (SortedPage<T>) (first, size, field, descending) -> page.page(first, size), key);
    }

    /** A model whose table sorts in the database: each column's {@code field} is handed to {@code page}. */
    public PagedRows(Count count, SortedPage<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.count());
    }

    /**
     * Counts again with every page: PrimeFaces keeps a lazy model's count until its own column filters change,
     * so rows added, trashed or restored, or a search typed outside the table, would otherwise leave the table
     * with the old number of rows and pages.
     */
    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        setRowCount(Math.toIntExact(count.count()));
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                .findFirst().orElse(null);
        return sort == null ? page.page(first, pageSize, null, false)
                : page.page(first, pageSize, sort.getField(), sort.getOrder().isDescending());
    }

    /** A selected row, found on the page the table holds (selection works page by page). */
    @Override
    @SuppressWarnings("unchecked")
    public T getRowData(String rowKey) {
        Object loaded = getWrappedData();
        if (loaded instanceof List<?> rows) {
            for (Object row : rows) {
                if (rowKey.equals(getRowKey((T) row))) {
                    return (T) row;
                }
            }
        }
        return null;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
