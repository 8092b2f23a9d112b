package br.com.clientela.centers.boundary;

import br.com.clientela.centers.entity.Center;

/** A center as lists, selects and the API show it. */
public record CenterRow(Long id, String name, boolean active) {

    static CenterRow of(Center center) {
        return new CenterRow(center.getId(), center.getName(), center.isActive());
    }
}
