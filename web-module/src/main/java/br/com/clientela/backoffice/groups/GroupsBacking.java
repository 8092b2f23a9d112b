package br.com.clientela.backoffice.groups;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.groups.boundary.GroupInput;
import br.com.clientela.groups.boundary.GroupRow;
import br.com.clientela.groups.boundary.GroupService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The company's client groups (groups/list.xhtml): create, rename, delete after a confirmation, member counts,
 * and a link to the clients list filtered by each group. A company has a handful of groups, so the page lists
 * them all; members are counted by the database.
 */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    GroupService groups;

    private List<GroupRow> rows = List.of();
    private String newName;
    private Long renamingId;
    private String rename;

    @PostConstruct
    void load() {
        rows = groups.list();
    }

    public void create() {
        GroupRow[] created = new GroupRow[1];
        if (PageMessages.attempt("newGroupForm", () -> created[0] = groups.create(new GroupInput(newName)))) {
            PageMessages.info("groups.created", created[0].name());
            newName = null;
            load();
        }
    }

    /** Opens the rename dialog for a group. */
    public void prepareRename(GroupRow group) {
        renamingId = group.id();
        rename = group.name();
    }

    public void saveRename() {
        GroupRow[] renamed = new GroupRow[1];
        if (PageMessages.attempt("renameForm", () -> renamed[0] = groups.rename(renamingId, new GroupInput(rename)))) {
            PageMessages.info("groups.renamed", renamed[0].name());
            load();
        }
    }

    public void delete(GroupRow group) {
        if (PageMessages.attempt(null, () -> groups.delete(group.id()))) {
            PageMessages.info("groups.deleted", group.name());
        }
        load();
    }

    public List<GroupRow> getRows() {
        return rows;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }
}
