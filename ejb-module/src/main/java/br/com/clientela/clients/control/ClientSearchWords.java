package br.com.clientela.clients.control;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What someone typed in a client search box, read as people type names: word by word, in any order, each word a
 * fragment of the client's search text ({@link ClientSearchText}), so "adriana costa", "costa adriana" and
 * "adri cost" all find "Adriana Assunção Costa". Every list that searches clients by name uses this one rule.
 *
 * <ul>
 * <li>A query that is a number and nothing else (digits with the punctuation and spaces of a mask: a CPF, CNPJ,
 * phone or CEP, "123.456.789-09", "(11) 98765-4321") is one fragment of bare digits, as before.</li>
 * <li>Otherwise each word must match: "studio 54" is "studio" and "54", never the number 54. A word with digits
 * matches as typed or without its mask (an alphanumeric CNPJ, "12.abc.345/01de-35").</li>
 * <li>Served by the trigram index on the search text: every word of three characters or more is a {@code like
 * '%word%'} that the index answers. A word of one or two characters has no trigram of its own, so it matches at
 * the start of a word instead ({@code like 'wo%'} or {@code like '% wo%'}), which the index answers through the
 * trigrams of a word's start: "maria 2", "joão da silva".</li>
 * </ul>
 *
 * <p>For lists in name order, {@link #ranks} splits the matches in three, shown one after the other: names whose
 * first word is the first word typed, then names that start with it, then the rest; so "ana" shows "Ana Souza"
 * before "Anabela" before "Mariana".
 */
public final class ClientSearchWords {

    /** Words read at most; more do not narrow a list of names any further (and each costs an index probe). */
    static final int MAX_WORDS = 8;
    private static final String PARAMETER = "searchWord";
    /** A number and nothing else: digits with the punctuation and spaces of masks, no letter. */
    private static final Pattern NUMBER = Pattern.compile("[0-9./()+\\- ]*[0-9][0-9./()+\\- ]*");
    private static final Pattern MASK = Pattern.compile("[./()+\\-]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");
    private static final String ESCAPE = " escape '\\'";

    /** The LIKE patterns of each word (a word matches when one of its patterns does). */
    private final List<List<String>> words;
    /** The first word typed, for the ranks; null when the query is a number. */
    private final String first;

    private ClientSearchWords(List<List<String>> words, String first) {
        this.words = words;
        this.first = first;
    }

    public static ClientSearchWords of(String typed) {
        String text = ClientSearchText.nameKey(typed);
        if (text == null) {
            return new ClientSearchWords(List.of(), null);
        }
        if (NUMBER.matcher(text).matches()) {
            return new ClientSearchWords(List.of(List.of(contains(text.replaceAll("\\D", "")))), null);
        }
        Set<String> typedWords = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(text)) {
            if (LETTER_OR_DIGIT.matcher(word).matches() && typedWords.size() < MAX_WORDS) {
                typedWords.add(word);
            }
        }
        if (typedWords.isEmpty()) {
            // Only punctuation ("%", "--"): searched as typed, as before, so it finds what contains it, not everyone.
            return new ClientSearchWords(List.of(List.of(contains(text))), null);
        }
        List<List<String>> words = typedWords.stream().map(ClientSearchWords::patterns).toList();
        return new ClientSearchWords(words, typedWords.iterator().next());
    }

    /**
     * A document's own number typed in a list of quotes, orders or invoices ("12", "nº 12"): at most seven digits,
     * shorter than any CPF, CNPJ, phone or CEP, so it is that number only and never a fragment of every client's
     * phone or document that happens to contain it.
     */
    public static boolean isDocumentNumber(String typed) {
        return typed != null && typed.strip().replaceFirst("^(?i)(n[º°o]?\\s*)", "").matches("\\d{1,7}");
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The LIKE patterns of each word, in the order typed (the benchmark issues the same SQL). */
    public List<List<String>> patterns() {
        return words;
    }

    /** JPQL: every word matches {@code column}; empty when nothing was typed. Bound by {@link #bind}. */
    public String matching(String column) {
        List<String> conditions = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            List<String> alternatives = new ArrayList<>();
            for (int p = 0; p < words.get(w).size(); p++) {
                alternatives.add(column + " like :" + PARAMETER + w + "_" + p + ESCAPE);
            }
            conditions.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" or ", alternatives) + ")");
        }
        return String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        for (int w = 0; w < words.size(); w++) {
            for (int p = 0; p < words.get(w).size(); p++) {
                query.setParameter(PARAMETER + w + "_" + p, words.get(w).get(p));
            }
        }
        return query;
    }

    /**
     * JPQL conditions on {@code nameKey} (the client's {@link ClientSearchText#nameKey}) that split the matches into
     * the ranks shown one after the other, bound by {@link #bindRank}: the name's first word is the first word
     * typed, the name starts with it, the rest. None when the query is a number or nothing was typed.
     *
     * <p>They are ranges of the name key, so a rank reads the name-key index from where its names start; a
     * "starts with" on the search text would make the trigram index fetch every client with a word starting so
     * ("azev" as a surname: 25,000 of a million), only to keep none. The ranges are what "first word" and
     * "starts with" mean in code-point order (PostgreSQL's C collations); in another collation they rank a
     * little differently, but the three conditions still split every match exactly once.
     */
    public List<String> ranks(String nameKey) {
        if (first == null) {
            return List.of();
        }
        String startsWith = nameKey + " >= :rankFrom and " + nameKey + " < :rankTo";
        return List.of(startsWith + " and " + nameKey + " < :rankWordEnd",
                startsWith + " and " + nameKey + " >= :rankWordEnd",
                "(" + nameKey + " < :rankFrom or " + nameKey + " >= :rankTo or " + nameKey + " is null)");
    }

    /**
     * The words a rank still has to check: in the first two the name starts with the first word, so the search
     * text (which starts with the name) contains it and only the other words are left. Checking it again would
     * only mislead the planner, which takes the two conditions for independent and the rank for a hundred times
     * rarer than it is.
     */
    public ClientSearchWords forRank(int rank) {
        return rank < 2 && first != null ? new ClientSearchWords(words.subList(1, words.size()), first) : this;
    }

    public <T> TypedQuery<T> bindRank(TypedQuery<T> query, int rank) {
        List<String> bounds = rankBounds();
        query.setParameter("rankFrom", bounds.get(0)).setParameter("rankTo", bounds.get(2));
        if (rank < 2) {
            query.setParameter("rankWordEnd", bounds.get(1));
        }
        return query;
    }

    /**
     * The bounds of the ranks: the first word typed, where names whose first word it is end (the word and a space
     * sort before the word and "!"), and where names starting with it end (its last character moved on by one).
     */
    public List<String> rankBounds() {
        if (first == null) {
            return List.of();
        }
        String to = first.substring(0, first.length() - 1) + (char) (first.charAt(first.length() - 1) + 1);
        return List.of(first, first + "!", to);
    }

    private static List<String> patterns(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.chars().anyMatch(Character::isDigit) && !word.contains("@")) {
            String unmasked = MASK.matcher(word).replaceAll("");
            if (!unmasked.isEmpty()) {
                forms.add(unmasked);
            }
        }
        List<String> patterns = new ArrayList<>();
        for (String form : forms) {
            if (form.length() < 3) {
                patterns.add(escaped(form) + "%");
                patterns.add("% " + escaped(form) + "%");
            } else {
                patterns.add(contains(form));
            }
        }
        return List.copyOf(patterns);
    }

    private static String contains(String fragment) {
        return "%" + escaped(fragment) + "%";
    }

    private static String escaped(String fragment) {
        return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
