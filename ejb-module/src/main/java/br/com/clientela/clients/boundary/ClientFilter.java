package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.LifecycleStage;

/**
 * What a client list is narrowed to: the search box (name, trade name, CPF/CNPJ, phone, e-mail), a lifecycle
 * stage, a group, only active or only inactive clients. Null means "any".
 */
public record ClientFilter(String q, LifecycleStage stage, Long groupId, Boolean active) {

    public static ClientFilter search(String q) {
        return new ClientFilter(q, null, null, null);
    }
}
