package br.com.clientela.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.shared.documents.Cpf;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    private static final long SEED = 20260701L;

    @Test
    void generatesTheNumberOfPeopleAskedFor() {
        assertThat(DemoPeople.generate(50, SEED)).hasSize(50);
        assertThat(DemoPeople.generate(0, SEED)).isEmpty();
    }

    @Test
    void everyCpfIsValidAndNoneRepeats() {
        List<DemoPeople.Person> people = DemoPeople.generate(50, SEED);

        assertThat(people).extracting(DemoPeople.Person::cpf).allMatch(Cpf::isValid).doesNotHaveDuplicates();
    }

    @Test
    void everyPhoneIsABrazilianMobileWithDdd() {
        assertThat(DemoPeople.generate(50, SEED)).extracting(DemoPeople.Person::phone)
                .allMatch(phone -> phone.matches("^\\+55\\d{2}9\\d{8}$"));
    }

    @Test
    void everyCepHasEightDigitsAndEveryPlaceHasAUf() {
        List<DemoPeople.Person> people = DemoPeople.generate(50, SEED);

        assertThat(people).extracting(DemoPeople.Person::postalCode).allMatch(cep -> cep.matches("\\d{8}"));
        assertThat(people).extracting(DemoPeople.Person::state).allMatch(uf -> uf.matches("[A-Z]{2}"));
    }

    @Test
    void namesIncludeAccentedCharacters() {
        assertThat(DemoPeople.generate(50, SEED)).extracting(DemoPeople.Person::name)
                .anyMatch(name -> name.matches(".*[áâãàçéêíóôõúÁÂÃÉÍÓÚ].*"));
    }

    @Test
    void emailsArePlainAsciiAndNoneRepeats() {
        assertThat(DemoPeople.generate(50, SEED)).extracting(DemoPeople.Person::email)
                .allMatch(email -> email.matches("[a-z.]+\\d{2}@exemplo\\.com\\.br"))
                .doesNotHaveDuplicates();
    }

    @Test
    void birthDatesAreOfAdultsBornFrom1950() {
        assertThat(DemoPeople.generate(50, SEED)).extracting(DemoPeople.Person::birthDate)
                .allMatch(date -> !date.isBefore(LocalDate.of(1950, 1, 1)) && date.isBefore(LocalDate.of(2010, 1, 1)));
    }

    @Test
    void sameSeedGivesTheSamePeople() {
        assertThat(DemoPeople.generate(50, SEED)).isEqualTo(DemoPeople.generate(50, SEED));
    }

    @Test
    void differentSeedsGiveDifferentPeople() {
        assertThat(DemoPeople.generate(50, SEED)).isNotEqualTo(DemoPeople.generate(50, SEED + 1));
    }
}
