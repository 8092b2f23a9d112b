package br.com.clientela.backoffice.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clients list's column choice as kept in its cookie. */
class ClientColumnsTest {

    @Test
    void theChoiceGoesIntoTheCookieInTheTablesOrderAndComesBack() {
        String value = ClientColumns.format(Set.of("totalSpent", "name", "select", "phone", "actions"));

        assertThat(value).isEqualTo("select.name.phone.totalSpent.actions");
        assertThat(ClientColumns.parse(value)).containsExactlyInAnyOrder("select", "name", "phone", "totalSpent", "actions");
    }

    @Test
    void unknownNamesAreIgnoredAndTheColumnsThatCannotBeHiddenStay() {
        assertThat(ClientColumns.parse("phone.<script>.password")).containsExactlyInAnyOrder("select", "name", "actions",
                "phone");
        assertThat(ClientColumns.parse("")).containsExactlyInAnyOrder("select", "name", "actions");
        assertThat(ClientColumns.parse(null)).containsExactlyInAnyOrder("select", "name", "actions");
    }
}
