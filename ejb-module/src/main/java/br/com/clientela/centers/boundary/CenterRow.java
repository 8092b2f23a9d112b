package br.com.clientela.centers.boundary;

import br.com.clientela.centers.entity.Center;
import br.com.clientela.shared.Versioned;

/** A center as lists, selects and the API show it. */
public record CenterRow(Long id, String name, boolean active, Long version) implements Versioned {

    /** For the JPQL constructor queries, which hand over the entity's primitive version. */
    public CenterRow(Long id, String name, boolean active, long version) {
        this(id, name, active, Long.valueOf(version));
    }

    static CenterRow of(Center center) {
        return new CenterRow(center.getId(), center.getName(), center.isActive(), center.getVersion());
    }
}
