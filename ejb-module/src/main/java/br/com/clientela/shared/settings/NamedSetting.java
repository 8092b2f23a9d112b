package br.com.clientela.shared.settings;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every list a company keeps for itself has (order types and statuses, transaction categories, financial
 * accounts): a name of up to {@link #NAME_MAX} characters, unique per company (a database constraint of each
 * table), that can be renamed, and an active flag, so something in use is retired instead of deleted.
 */
@MappedSuperclass
public abstract class NamedSetting {

    public static final int NAME_MAX = 60;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected NamedSetting() {
    }

    protected NamedSetting(String name) {
        this.name = name;
    }

    public abstract Long getId();

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Changes on every save: the version a form or an API client read (see RecordVersions). */
    public long getVersion() {
        return version;
    }
}
