package br.com.clientela.clients.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.entity.ClientKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DuplicatePairTest {

    private static final LocalDate BIRTH = LocalDate.of(1985, 7, 1);

    @Test
    void saysEveryKeyTheTwoClientsShareIgnoringTheEmailsCase() {
        DuplicatePair pair = pair("ana@x.com", "+5511987654321", "jose avila", BIRTH, "ANA@X.COM", "+5511987654321",
                "jose avila", BIRTH);

        assertThat(pair.matchedOn()).containsExactly("email", "phone", "nameAndBirthDate");
        assertThat(pair.first().id()).isEqualTo(1L);
        assertThat(pair.second().id()).isEqualTo(2L);
    }

    @Test
    void theSameNameWithoutABirthDateIsNoMatch() {
        DuplicatePair pair = pair("a@x.com", null, "jose avila", null, "a@x.com", null, "jose avila", null);

        assertThat(pair.matchedOn()).containsExactly("email");
    }

    private static DuplicatePair pair(String email1, String phone1, String nameKey1, LocalDate birth1, String email2,
            String phone2, String nameKey2, LocalDate birth2) {
        return new DuplicatePair(1L, ClientKind.PERSON, "José Ávila", null, email1, phone1, birth1,
                nameKey1, 2L, ClientKind.PERSON, "jose avila", null, email2, phone2, birth2,
                nameKey2);
    }
}
