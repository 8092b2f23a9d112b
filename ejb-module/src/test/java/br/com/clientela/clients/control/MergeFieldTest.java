package br.com.clientela.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MergeFieldTest {

    @Test
    void everyFieldIsNamedAsInTheHistory() {
        Client client = new Client(ClientKind.PERSON, "Ana");
        assertThat(ClientSnapshot.of(client).keySet())
                .containsAll(Arrays.stream(MergeField.values()).map(MergeField::key).toList());
        assertThat(MergeField.byKey("email")).contains(MergeField.EMAIL);
        assertThat(MergeField.byKey("shoeSize")).isEmpty();
    }

    @Test
    void takingTheDocumentTakesItsKindToo() {
        Client winner = new Client(ClientKind.PERSON, "Loja da Ana");
        Client loser = new Client(ClientKind.ORGANIZATION, "Loja da Ana Ltda");
        loser.setDocument("11222333000181");

        MergeField.DOCUMENT.copy(loser, winner);

        assertThat(winner.getKind()).isEqualTo(ClientKind.ORGANIZATION);
        assertThat(winner.getDocument()).isEqualTo("11222333000181");
        assertThat(winner.getName()).isEqualTo("Loja da Ana");
    }
}
