package br.com.clientela.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words of a search, checked against search texts with the LIKE rules PostgreSQL applies to them. */
class ClientSearchWordsTest {

    private static final String ADRIANA = searchText("Adriana Assunção Costa", "52998224725", "+5511987654321");
    private static final String STUDIO = searchText("Studio 54 Fotografia", null, null);
    private static final String AUTO_PECAS = searchText("Auto Peças 2000", null, null);
    private static final String MARIA_2 = searchText("Maria 2", null, null);

    @Test
    void everyWordInAnyOrderAndEachAFragmentFindsAMiddleNamedClient() {
        assertThat(finds("adriana costa", ADRIANA)).isTrue();
        assertThat(finds("costa adriana", ADRIANA)).isTrue();
        assertThat(finds("adri cost", ADRIANA)).isTrue();
        assertThat(finds("ADRIANA  Assunção", ADRIANA)).isTrue();
        assertThat(finds("assuncao, costa", ADRIANA)).isTrue();
        assertThat(finds("adriana souza", ADRIANA)).isFalse();
        assertThat(finds("adriana costa silva", ADRIANA)).isFalse();
    }

    @Test
    void wordsWithDigitsInANameAreWordsNotANumber() {
        assertThat(finds("studio 54", STUDIO)).isTrue();
        assertThat(finds("54 studio", STUDIO)).isTrue();
        assertThat(finds("auto peças 2000", AUTO_PECAS)).isTrue();
        assertThat(finds("auto pecas 2000", AUTO_PECAS)).isTrue();
        assertThat(finds("maria 2", MARIA_2)).isTrue();
        assertThat(finds("studio 55", STUDIO)).isFalse();
        assertThat(finds("auto peças 3000", AUTO_PECAS)).isFalse();
    }

    @Test
    void aDocumentOrPhoneAloneIsOneNumberWithOrWithoutItsMask() {
        for (String typed : List.of("529.982.247-25", "52998224725", "529.982", "(11) 98765-4321", "11 98765-4321",
                "+55 11 98765 4321", "11987654321", "98765-4321")) {
            assertThat(finds(typed, ADRIANA)).as(typed).isTrue();
            assertThat(ClientSearchWords.of(typed).patterns()).as(typed).hasSize(1);
            assertThat(ClientSearchWords.of(typed).ranks("c.nameKey")).as(typed).isEmpty();
        }
        assertThat(finds("(11) 98765-4322", ADRIANA)).isFalse();
    }

    @Test
    void anAlphanumericCnpjIsFoundMaskedOrNot() {
        String company = searchText("Comércio Ltda", "12ABC34501DE35", null);

        assertThat(finds("12.ABC.345/01DE-35", company)).isTrue();
        assertThat(finds("12abc34501de35", company)).isTrue();
        assertThat(finds("comercio 12.abc.345/01de-35", company)).isTrue();
    }

    @Test
    void aWordOfOneOrTwoCharactersMatchesTheStartOfAWord() {
        assertThat(finds("adriana co", ADRIANA)).isTrue();
        assertThat(finds("a costa", ADRIANA)).isTrue();
        assertThat(finds("adriana os", ADRIANA)).isFalse();
        assertThat(ClientSearchWords.of("adriana co").patterns().get(1)).containsExactly("co%", "% co%");
    }

    @Test
    void wildcardsAreTakenLiterallyAndPunctuationAloneIsSearchedAsTyped() {
        assertThat(finds("adr%a", ADRIANA)).isFalse();
        assertThat(finds("adr_ana", ADRIANA)).isFalse();
        assertThat(ClientSearchWords.of("%").patterns()).containsExactly(List.of("%\\%%"));
        assertThat(ClientSearchWords.of("  ").isEmpty()).isTrue();
        assertThat(ClientSearchWords.of(null).isEmpty()).isTrue();
    }

    @Test
    void repeatedWordsCountOnceAndWordsBeyondTheLimitAreLeftOut() {
        assertThat(ClientSearchWords.of("ana ana ANA").patterns()).hasSize(1);
        assertThat(ClientSearchWords.of("um dois tres quatro cinco seis sete oito nove dez").patterns())
                .hasSize(ClientSearchWords.MAX_WORDS);
    }

    @Test
    void theRanksPutTheFirstWordExactThenItsStartThenTheRest() {
        assertThat(rank("ana souza", "Ana Souza")).isZero();
        assertThat(rank("ana", "Ana")).isZero();
        assertThat(rank("ANA", "Ána-Maria Souza")).isEqualTo(1);
        assertThat(rank("ana", "Anabela Souza")).isEqualTo(1);
        assertThat(rank("ana", "Mariana Souza")).isEqualTo(2);
        assertThat(rank("ana", "Amanda")).isEqualTo(2);
        assertThat(rank("ana", "Anb")).isEqualTo(2);
        assertThat(rank("souza ana", "Ana Souza")).isEqualTo(2);
        assertThat(rank("luiz", "Luiz Souza")).isZero();
        assertThat(rank("luiz", "Luiza Souza")).isEqualTo(1);
        assertThat(ClientSearchWords.of("ana").ranks("c.nameKey")).hasSize(3);
        assertThat(ClientSearchWords.of("maria silva").forRank(0).patterns()).containsExactly(List.of("%silva%"));
        assertThat(ClientSearchWords.of("maria silva").forRank(1).patterns()).containsExactly(List.of("%silva%"));
        assertThat(ClientSearchWords.of("maria silva").forRank(2).patterns()).hasSize(2);
        assertThat(ClientSearchWords.of("maria").forRank(0).isEmpty()).isTrue();
        assertThat(ClientSearchWords.of("(11) 98765-4321").ranks("c.nameKey")).isEmpty();
    }

    /** Whether the client with this search text passes every word, as the JPQL of {@link ClientSearchWords#matching}. */
    private static boolean finds(String typed, String searchText) {
        ClientSearchWords words = ClientSearchWords.of(typed);
        assertThat(words.isEmpty()).isFalse();
        return words.patterns().stream().allMatch(word -> word.stream().anyMatch(p -> like(searchText, p)));
    }

    /** The rank a name falls in, as the conditions of {@link ClientSearchWords#ranks} in code-point order. */
    private static int rank(String typed, String name) {
        List<String> bounds = ClientSearchWords.of(typed).rankBounds();
        String key = ClientSearchText.nameKey(name);
        if (key.compareTo(bounds.get(0)) < 0 || key.compareTo(bounds.get(2)) >= 0) {
            return 2;
        }
        return key.compareTo(bounds.get(1)) < 0 ? 0 : 1;
    }

    private static String searchText(String name, String document, String phone) {
        Client client = new Client(ClientKind.PERSON, name);
        client.setDocument(document);
        client.setPhone(phone);
        return ClientSearchText.of(client);
    }

    /** SQL LIKE with '\' as the escape character. */
    private static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }
}
