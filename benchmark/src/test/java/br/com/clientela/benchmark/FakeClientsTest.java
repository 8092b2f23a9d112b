package br.com.clientela.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.benchmark.FakeClients.FakeClient;
import br.com.clientela.clients.control.ClientSearchText;
import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FakeClientsTest {

    private final FakeClients fakes = new FakeClients(2026);

    @Test
    void documentsAreValidAndUniqueAcrossManyClients() {
        Set<String> documents = new HashSet<>();
        LongStream.range(0, 20_000).mapToObj(fakes::client).forEach(client -> {
            assertThat(client.kind() == ClientKind.PERSON ? Cpf.isValid(client.document())
                    : Cnpj.isValid(client.document())).as(client.document()).isTrue();
            assertThat(documents.add(client.document())).as("unique " + client.document()).isTrue();
        });
    }

    @Test
    void phonesAreAlreadyInTheFormTheApplicationStores() {
        LongStream.range(0, 1_000).mapToObj(fakes::client)
                .forEach(client -> assertThat(PhoneNumber.normalize(client.phone())).contains(client.phone()));
    }

    @Test
    void searchTextIsTheApplicationsSoAccentlessQueriesFindAccentedNames() {
        FakeClient accented = LongStream.range(0, 1_000).mapToObj(fakes::client)
                .filter(client -> client.name().matches(".*[ãâáçéêíóôõú].*")).findFirst().orElseThrow();
        assertThat(accented.searchText()).doesNotContainPattern("[ãâáçéêíóôõú]")
                .contains(ClientSearchText.nameKey(accented.name().split(" ")[0]))
                .contains(accented.document())
                .contains(accented.phone().substring(3));
    }

    @Test
    void theSameIndexAndSeedGiveTheSameClient() {
        assertThat(new FakeClients(2026).client(123_456)).isEqualTo(fakes.client(123_456));
        assertThat(new FakeClients(7).client(123_456).document()).isNotEqualTo(fakes.client(123_456).document());
    }

    @Test
    void copyRowsEscapeTheTextFormatsSpecialCharactersAndWriteNulls() {
        StringBuilder row = new StringBuilder();
        GenerateClients.row(row, 1L, "a\tb", null, "c\\d", "São Paulo");
        assertThat(row).hasToString("1\ta\\tb\t\\N\tc\\\\d\tSão Paulo\n");
    }

    @Test
    void percentilesAreNearestRank() {
        double[] millis = LongStream.rangeClosed(1, 200).mapToDouble(v -> v).toArray();
        assertThat(Percentiles.of(millis)).isEqualTo(new Percentiles(100, 190, 200));
    }
}
