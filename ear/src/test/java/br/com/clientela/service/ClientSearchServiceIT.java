package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.email;
import static br.com.clientela.service.ServiceData.person;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.STUDIO_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.ClientSort;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search as people type names (ClientService.search, the list and every client picker), in the server on
 * PostgreSQL: every word in any order, each a fragment; digits among words are words, a document or phone alone
 * is a number in any mask; the first word's exact and prefix matches first; another company's clients never.
 */
@ExtendWith(InContainer.class)
class ClientSearchServiceIT {

    @EJB
    ClientService clients;

    @Test
    void everyWordInAnyOrderEachAFragmentFindsANameWithMiddleNamesAccentsAndCaseIgnored() throws Exception {
        String word = uniqueWord();
        long id = created("Adriana " + word + " Assunção Costa");

        for (String typed : List.of("adriana costa", "costa adriana", "adri cost", "ADRIANA ASSUNCAO", "assunção, costa")) {
            assertThat(ids(typed)).as(typed).contains(id);
            assertThat(ids(typed + " " + word.toLowerCase())).as(typed + " " + word).containsExactly(id);
        }
        assertThat(ids("adriana souza " + word)).isEmpty();
        assertThat(ids("adriana costa " + word + " silva")).isEmpty();
        assertThat(STUDIO_ADMIN.call(() -> clients.countMatching("costa " + word + " adri"))).isEqualTo(1);
    }

    @Test
    void digitsAmongTheWordsOfANameAreWordsNotANumber() throws Exception {
        String word = uniqueWord();
        long studio = createdWithoutNumbers("Studio 54 " + word);
        long pecas = createdWithoutNumbers("Auto Peças 2000 " + word);
        long maria = createdWithoutNumbers("Maria 2 " + word);

        assertThat(ids("studio 54 " + word)).containsExactly(studio);
        assertThat(ids(word + " 54")).containsExactly(studio);
        assertThat(ids("studio 55 " + word)).isEmpty();
        assertThat(ids("auto peças 2000 " + word)).containsExactly(pecas);
        assertThat(ids("AUTO PECAS 2000")).contains(pecas);
        assertThat(ids("auto peças 3000 " + word)).isEmpty();
        assertThat(ids("maria 2 " + word)).containsExactly(maria);
        assertThat(ids("maria 2")).contains(maria);
        assertThat(ids("maria 3 " + word)).isEmpty();
    }

    @Test
    void aCpfIsFoundWithOrWithoutItsMaskAndByAFragment() throws Exception {
        String cpf = cpf();
        long id = STUDIO_ADMIN.call(() -> clients.create(person("Documento " + uniqueWord(), cpf, email(), null))).id();
        String masked = cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-"
                + cpf.substring(9);

        assertThat(ids(cpf)).containsExactly(id);
        assertThat(ids(masked)).containsExactly(id);
        assertThat(ids(" " + masked + " ")).containsExactly(id);
        assertThat(ids(masked.substring(0, 7))).contains(id);
    }

    @Test
    void aPhoneIsFoundInEveryUsualMask() throws Exception {
        String mobile = "9" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        String dashed = mobile.substring(0, 5) + "-" + mobile.substring(5);
        long id = STUDIO_ADMIN.call(() -> clients.create(person("Telefone " + uniqueWord(), null, email(),
                "(21) " + dashed))).id();

        for (String typed : List.of("(21) " + dashed, "21 " + dashed, "21" + mobile, "+55 21 " + dashed,
                "+55 (21) " + mobile.substring(0, 5) + " " + mobile.substring(5), "5521" + mobile, dashed)) {
            assertThat(ids(typed)).as(typed).containsExactly(id);
        }
    }

    @Test
    void theFirstWordsExactAndPrefixMatchesComeFirstThenTheRestByNameOnEveryPage() throws Exception {
        String word = uniqueWord();
        String lower = word.toLowerCase();
        long inside = created("A" + lower + " Alves");
        long prefix = created(word + "ndo Borges");
        long exactCosta = created(word + " Costa");
        long exactBarros = created(word + " Barros");

        assertThat(ids(lower)).containsExactly(exactBarros, exactCosta, prefix, inside);
        assertThat(page(lower, 0, 2)).containsExactly(exactBarros, exactCosta);
        assertThat(page(lower, 2, 2)).containsExactly(prefix, inside);
        assertThat(page(lower, 1, 2)).containsExactly(exactCosta, prefix);
        assertThat(page(lower, 3, 2)).containsExactly(inside);
        assertThat(page(lower, 4, 2)).isEmpty();
        assertThat(ids(lower + " costa")).containsExactly(exactCosta);
        assertThat(STUDIO_ADMIN.call(() -> clients.search(ClientFilter.search(lower),
                new ClientSort(ClientSort.Field.NAME, true), 0, 10))).extracting(ClientRow::id)
                .as("sorted by name on request, not ranked").containsExactly(prefix, exactCosta, exactBarros, inside);
    }

    @Test
    void anotherCompanysClientsAreNeverFound() throws Exception {
        String word = uniqueWord();
        long mine = created("Adriana " + word + " Costa");
        long theirs = CLINICA_ADMIN.call(() -> clients.create(person("Adriana " + word + " Costa", cpf()))).id();

        assertThat(ids("costa " + word + " adriana")).containsExactly(mine);
        assertThat(ids("adriana costa")).doesNotContain(theirs);
        assertThat(CLINICA_ADMIN.call(() -> clients.search("adri " + word, 0, 100))).extracting(ClientRow::id)
                .containsExactly(theirs);
    }

    private long created(String name) throws Exception {
        return STUDIO_ADMIN.call(() -> clients.create(person(name, cpf()))).id();
    }

    /** No document and no phone, so a digit typed can only match the name. */
    private long createdWithoutNumbers(String name) throws Exception {
        return STUDIO_ADMIN.call(() -> clients.create(person(name, null, null, null))).id();
    }

    private List<Long> ids(String typed) throws Exception {
        return page(typed, 0, 100);
    }

    private List<Long> page(String typed, int first, int size) throws Exception {
        return STUDIO_ADMIN.call(() -> clients.search(typed, first, size)).stream().map(ClientRow::id).toList();
    }
}
