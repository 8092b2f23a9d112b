package br.com.clientela.orders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.clientela.orders.entity.Positioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderingTest {

    /** A named thing with a position, standing in for order types and statuses. */
    static final class Item implements Positioned {
        final String name;
        int position;

        Item(String name, int position) {
            this.name = name;
            this.position = position;
        }

        @Override
        public int getPosition() {
            return position;
        }

        @Override
        public void setPosition(int position) {
            this.position = position;
        }
    }

    private final Item aberto = new Item("Aberto", 1);
    private final Item andamento = new Item("Em andamento", 2);
    private final Item pago = new Item("Pago", 3);
    private final List<Item> all = List.of(aberto, andamento, pago);

    private List<String> inOrder() {
        List<Item> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Item::getPosition));
        return sorted.stream().map(i -> i.name).toList();
    }

    @Test
    void movingToAPlaceShiftsTheOthersAndNumbersAllAgain() {
        Reordering.moveTo(all, pago, 1);

        assertThat(inOrder()).containsExactly("Pago", "Aberto", "Em andamento");
        assertThat(List.of(pago.position, aberto.position, andamento.position)).containsExactly(1, 2, 3);
    }

    @Test
    void aStepUpOrDownSwapsWithTheNeighbourAndStopsAtTheEnds() {
        Reordering.step(all, andamento, -1);
        assertThat(inOrder()).containsExactly("Em andamento", "Aberto", "Pago");

        Reordering.step(List.of(andamento, aberto, pago), andamento, -1);
        assertThat(inOrder()).containsExactly("Em andamento", "Aberto", "Pago");

        Reordering.step(List.of(andamento, aberto, pago), pago, +1);
        assertThat(inOrder()).containsExactly("Em andamento", "Aberto", "Pago");
    }

    @Test
    void holesAndRepeatsFromBeforeAreNumberedAway() {
        aberto.position = 4;
        andamento.position = 4;
        pago.position = 9;

        Reordering.renumber(List.of(aberto, andamento, pago));

        assertThat(List.of(aberto.position, andamento.position, pago.position)).containsExactly(1, 2, 3);
    }

    @Test
    void anItemNotAmongThemIsABug() {
        assertThatThrownBy(() -> Reordering.moveTo(all, new Item("Outro", 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
