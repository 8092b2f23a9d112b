package br.com.clientela.clients.control;

import br.com.clientela.clients.entity.Client;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one column every client search reads: name and trade name without accents or case, the document and the
 * phones as bare digits (with and without the country code), and the e-mail. A query is normalised the same
 * way, so "joao" finds "João", "529982" finds 529.982.247-25 and "98765-4321" finds +55 11 98765-4321.
 */
public final class ClientSearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A query made of digits and the punctuation of masks (CPF, CNPJ, phone, CEP). */
    private static final Pattern MASKED_NUMBER = Pattern.compile("[0-9a-z./()+\\- ]*[0-9][0-9a-z./()+\\- ]*");

    private ClientSearchText() {
    }

    public static String of(Client client) {
        return Stream.of(text(client.getName()), text(client.getTradeName()), lower(client.getDocument()),
                digits(client.getPhone()), local(client.getPhone()), digits(client.getOtherPhone()),
                local(client.getOtherPhone()), lower(client.getEmail()))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** The search column's form of what someone typed; empty when there is nothing to search for. */
    public static String query(String typed) {
        String query = text(typed);
        if (query == null) {
            return "";
        }
        if (MASKED_NUMBER.matcher(query).matches() && !query.contains("@")) {
            return query.replaceAll("[^0-9a-z]", "");
        }
        return query;
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
