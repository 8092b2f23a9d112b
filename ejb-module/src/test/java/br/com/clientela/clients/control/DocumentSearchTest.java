package br.com.clientela.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search box of the quotes, orders and invoices lists: which condition each kind of text asks for. */
class DocumentSearchTest {

    @Test
    void aShortNumberIsTheDocumentsNumberOnlyWithOrWithoutNº() {
        assertThat(DocumentSearch.of("12").where("i.number", "c.searchText")).isEqualTo(" and i.number = :number");
        assertThat(DocumentSearch.of("nº 12").where("q.number", "c.searchText")).isEqualTo(" and q.number = :number");
        assertThat(DocumentSearch.of("N° 1234567").where("o.number", "c.searchText")).isEqualTo(" and o.number = :number");
    }

    @Test
    void aLongerNumberIsTheDocumentsNumberOrAPieceOfTheClientsDocumentOrPhone() {
        assertThat(DocumentSearch.of("98765432").where("i.number", "c.searchText"))
                .startsWith(" and (i.number = :number or ").contains("c.searchText like :");
    }

    @Test
    void wordsAreTheClientsOnlyAndNothingTypedAsksNothing() {
        assertThat(DocumentSearch.of("maria 2").where("i.number", "c.searchText"))
                .startsWith(" and ").doesNotContain(":number").contains("c.searchText like :");
        assertThat(DocumentSearch.of("nº").where("i.number", "c.searchText")).doesNotContain(":number");
        assertThat(DocumentSearch.of("  ").where("i.number", "c.searchText")).isEmpty();
        assertThat(DocumentSearch.of(null).where("i.number", "c.searchText")).isEmpty();
        assertThat(DocumentSearch.of(null).isEmpty()).isTrue();
    }
}
