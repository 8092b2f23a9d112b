package br.com.clientela.clients.control;

import br.com.clientela.clients.entity.Client;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one column every client search reads: name and trade name without accents or case, the document and the
 * phones as bare digits (with and without the country code), and the e-mail. A query is read word by word and
 * normalised the same way ({@link ClientSearchWords}), so "joao" finds "João", "529982" finds 529.982.247-25 and
 * "98765-4321" finds +55 11 98765-4321. The name comes first, which the ranking of a search relies on.
 */
public final class ClientSearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ClientSearchText() {
    }

    public static String of(Client client) {
        return Stream.of(text(client.getName()), text(client.getTradeName()), lower(client.getDocument()),
                digits(client.getPhone()), local(client.getPhone()), digits(client.getOtherPhone()),
                local(client.getOtherPhone()), lower(client.getEmail()))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** A name without accents, case or repeated spaces: equal for "João  Silva" and "joao silva". */
    public static String nameKey(String name) {
        return text(name);
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String unaccented = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(unaccented.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** The number without the country code, so a search by DDD and number matches from its start. */
    private static String local(String phone) {
        return phone != null && phone.startsWith("+55") ? phone.substring(3) : null;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String digits(String value) {
        return value == null ? null : value.replaceAll("\\D", "");
    }
}
