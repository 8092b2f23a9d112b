package br.com.clientela.orders.control;

import br.com.clientela.orders.entity.Positioned;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the company's order types or statuses in a new order: one of them moves to another place (1 = first) and
 * all are numbered again 1, 2, 3..., so positions never repeat or leave holes whatever happened before.
 */
public final class Reordering {

    private Reordering() {
    }

    /**
     * @param ordered all of them, in their current order
     * @param moving the one that moves (one of {@code ordered})
     * @param position where it goes, 1 for first; beyond the ends it goes to that end
     */
    public static <T extends Positioned> void moveTo(List<T> ordered, T moving, int position) {
        List<T> items = new ArrayList<>(ordered);
        if (!items.remove(moving)) {
            throw new IllegalArgumentException("The item to move is not among the ordered ones");
        }
        int index = Math.max(0, Math.min(items.size(), position - 1));
        items.add(index, moving);
        renumber(items);
    }

    /** Moves one place up ({@code -1}) or down ({@code +1}). */
    public static <T extends Positioned> void step(List<T> ordered, T moving, int delta) {
        int current = ordered.indexOf(moving) + 1;
        moveTo(ordered, moving, current + delta);
    }

    /** 1, 2, 3... in the list's order. */
    public static <T extends Positioned> void renumber(List<T> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).setPosition(i + 1);
            }
        }
    }
}
