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
 * pages in the database and never holds more than one page of rows.
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

    /** A serializable row key function. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public PagedRows(Count count, Page<T> page, Key<T> key) {
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
        return page.page(first, pageSize);
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
