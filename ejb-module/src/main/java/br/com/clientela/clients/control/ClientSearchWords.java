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
 * before "Anabela" before "Mariana". The search text starts with the name, so these are prefix conditions on the
 * same indexed column.
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
     * JPQL conditions on {@code column} that split the matches into the ranks shown one after the other (bound by
     * {@link #bindRank}); none when the query is a number or nothing was typed.
     */
    public List<String> ranks(String column) {
        if (first == null) {
            return List.of();
        }
        String firstWord = "(" + column + " like :rankWord" + ESCAPE + " or " + column + " = :rankName)";
        String startsWith = column + " like :rankStart" + ESCAPE;
        return List.of(firstWord, startsWith + " and not " + firstWord, "not (" + startsWith + ")");
    }

    public <T> TypedQuery<T> bindRank(TypedQuery<T> query, int rank) {
        if (rank < 2) {
            query.setParameter("rankWord", escaped(first) + " %").setParameter("rankName", first);
        }
        if (rank > 0) {
            query.setParameter("rankStart", escaped(first) + "%");
        }
        return query;
    }

    /** The patterns of the first word, the one the ranks are about: exact first word, then its start. */
    public List<String> rankPatterns() {
        return first == null ? List.of() : List.of(escaped(first) + " %", first, escaped(first) + "%");
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
