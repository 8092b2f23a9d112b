package br.com.clientela.clients.boundary;

/** What a bulk action does to each client it reaches. */
public enum BulkAction {
    ADD_TO_GROUP,
    REMOVE_FROM_GROUP,
    CHANGE_STATUS,
    SET_OWNER,
    TRASH
}
