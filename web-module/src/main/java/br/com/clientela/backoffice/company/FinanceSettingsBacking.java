package br.com.clientela.backoffice.company;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.transactions.boundary.FinanceSettingInput;
import br.com.clientela.transactions.boundary.FinanceSettingRow;
import br.com.clientela.transactions.boundary.FinanceSettingsService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Transaction categories and financial accounts (company/finance-settings.xhtml, MANAGER and ADMIN): both lists
 * (a few rows per company, read whole), one dialog to add or rename either, and turning the company's own ones
 * off or on (the system ones can only be renamed).
 */
@Named
@ViewScoped
public class FinanceSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the dialog edits. */
    public enum Kind {
        CATEGORY, ACCOUNT
    }

    @EJB
    FinanceSettingsService settings;

    private List<FinanceSettingRow> categories;
    private List<FinanceSettingRow> accounts;
    private Kind kind = Kind.CATEGORY;
    private Long editingId;
    /** The version of what the dialog was opened on: a save over someone else's later save is refused. */
    private Long editingVersion;
    private String name;

    /** f:viewAction and after every change. */
    public void load() {
        categories = settings.categories();
        accounts = settings.accounts();
    }

    public void prepareNew(Kind kind) {
        this.kind = kind;
        editingId = null;
        editingVersion = null;
        name = null;
    }

    public void prepareRename(Kind kind, FinanceSettingRow row) {
        this.kind = kind;
        editingId = row.id();
        editingVersion = row.version();
        name = row.name();
    }

    public void save() {
        Long id = editingId;
        Long version = editingVersion;
        FinanceSettingInput input = new FinanceSettingInput(name, null);
        boolean category = kind == Kind.CATEGORY;
        if (PageMessages.attempt("settingForm", () -> {
            if (category && id == null) {
                settings.createCategory(input);
            } else if (category) {
                settings.updateCategory(id, input, version);
            } else if (id == null) {
                settings.createAccount(input);
            } else {
                settings.updateAccount(id, input, version);
            }
        })) {
            PageMessages.info(id == null ? "financeSettings.created" : "financeSettings.renamed", name.strip());
            load();
        }
    }

    public void toggleActive(Kind kind, FinanceSettingRow row) {
        FinanceSettingInput input = new FinanceSettingInput(row.name(), !row.active());
        if (PageMessages.attempt(null, () -> {
            // The row's name goes back with the switch: tied to the row's version, it never undoes a rename.
            if (kind == Kind.CATEGORY) {
                settings.updateCategory(row.id(), input, row.version());
            } else {
                settings.updateAccount(row.id(), input, row.version());
            }
        })) {
            PageMessages.info(row.active() ? "financeSettings.deactivated" : "financeSettings.activated", row.name());
            load();
        }
    }

    public List<FinanceSettingRow> getCategories() {
        return categories;
    }

    public List<FinanceSettingRow> getAccounts() {
        return accounts;
    }

    public Kind getKind() {
        return kind;
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
