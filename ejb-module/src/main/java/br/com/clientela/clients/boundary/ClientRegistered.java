package br.com.clientela.clients.boundary;

/**
 * Fired in the transaction that registers a client (by staff now, by the portal later): features that give
 * something to new clients, such as a welcome bonus in points, observe it.
 */
public record ClientRegistered(long clientId) {
}
