package br.com.clientela.api;

import java.util.List;

/** The shape of every API list: the items and how many there are in all. */
public record ItemsPage<T>(List<T> items, long total) {

    public static <T> ItemsPage<T> of(List<T> items) {
        return new ItemsPage<>(items, items.size());
    }
}
