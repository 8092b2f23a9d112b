package br.com.clientela.backoffice.clients;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.entity.ClientKind;
import org.junit.jupiter.api.Test;

/** What the client pages show for stored documents and phones. */
class ClientFormatTest {

    private final ClientFormat format = new ClientFormat();

    @Test
    void documentsAreMaskedByKind() {
        assertThat(format.document(ClientKind.PERSON, "52998224725")).isEqualTo("529.982.247-25");
        assertThat(format.document(ClientKind.ORGANIZATION, "11222333000181")).isEqualTo("11.222.333/0001-81");
        assertThat(format.document(ClientKind.PERSON, null)).isEqualTo("");
    }

    @Test
    void normalisedPhonesAreShownAsPeopleWriteThem() {
        assertThat(format.phone("+5511987654321")).isEqualTo("(11) 98765-4321");
        assertThat(format.phone("+551134567890")).isEqualTo("(11) 3456-7890");
        assertThat(format.phone(null)).isEqualTo("");
    }

    @Test
    void whatsAppLinkUsesTheDigitsWithoutThePlus() {
        assertThat(format.whatsAppLink("+5511987654321")).isEqualTo("https://wa.me/5511987654321");
        assertThat(format.whatsAppLink(null)).isNull();
        assertThat(format.whatsAppLink("+5511987654321", "João da Silva"))
                .isEqualTo("https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Jo%C3%A3o%21");
        assertThat(format.whatsAppLink("+5511987654321", " ")).isEqualTo("https://wa.me/5511987654321?text=Ol%C3%A1%21");
        assertThat(format.whatsAppLink(null, "Ana")).isNull();
    }

    @Test
    void moneyIsShownInReaisWithBrazilianSeparators() {
        assertThat(format.money(new java.math.BigDecimal("1234.56"))).isEqualTo("R$ 1.234,56");
        assertThat(format.money(new java.math.BigDecimal("0.5"))).isEqualTo("R$ 0,50");
        assertThat(format.money(new java.math.BigDecimal("1234567.00"))).isEqualTo("R$ 1.234.567,00");
        assertThat(format.money(null)).isEqualTo("");
    }
}
