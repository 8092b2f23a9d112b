package br.com.clientela.backoffice.company;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.centers.boundary.CenterInput;
import br.com.clientela.centers.boundary.CenterRow;
import br.com.clientela.centers.boundary.CenterService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The company's centers (company/centers.xhtml): the table paged in the database, one dialog to create or
 * rename a center, and turning a center off or on.
 */
@Named
@ViewScoped
public class CentersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CenterService centers;

    private final PagedRows<CenterRow> rows = new PagedRows<>(
            () -> centers.count(), (first, size) -> centers.page(first, size), CenterRow::id);
    private Long editingId;
    /** The version of the center the dialog was opened on: a save over someone else's later save is refused. */
    private Long editingVersion;
    private String name;

    public void prepareNew() {
        editingId = null;
        editingVersion = null;
        name = null;
    }

    public void prepareRename(CenterRow center) {
        editingId = center.id();
        editingVersion = center.version();
        name = center.name();
    }

    /** Creates the center or renames the one being edited; the dialog stays open on a refusal. */
    public void save() {
        CenterInput input = new CenterInput(name, null);
        Long id = editingId;
        Long version = editingVersion;
        if (PageMessages.attempt("centerForm", () -> {
            if (id == null) {
                centers.create(input);
            } else {
                centers.update(id, input, version);
            }
        })) {
            PageMessages.info(id == null ? "centers.created" : "centers.renamed", name.trim());
        }
    }

    public void toggleActive(CenterRow center) {
        boolean active = !center.active();
        if (PageMessages.attempt(null, () -> centers.setActive(center.id(), active))) {
            PageMessages.info(active ? "centers.activated" : "centers.deactivated", center.name());
        }
    }

    public PagedRows<CenterRow> getRows() {
        return rows;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
