package br.com.clientela.demo.control;

import br.com.clientela.shared.documents.Cpf;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Realistic Brazilian people for demo data: accented names, valid CPFs, mobile numbers with the right DDD
 * and real-looking CEPs of the city. Seeded, so every fresh demo database looks the same.
 */
public final class DemoPeople {

    private static final String[] FIRST_NAMES = {"João", "Maria", "José", "Ana", "Antônio", "Francisca", "Carlos",
        "Luíza", "Paulo", "Adriana", "Lúcia", "Márcio", "Juliana", "Sérgio", "Patrícia", "Fábio", "Letícia",
        "André", "Cláudia", "Vinícius", "Beatriz", "Gonçalo", "Débora", "Rogério", "Íris", "Otávio", "Mônica",
        "Caio", "Helena", "Tânia"};
    private static final String[] SURNAMES = {"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira",
        "Costa", "Rodrigues", "Almeida", "Nascimento", "Araújo", "Gonçalves", "Ribeiro", "Conceição", "Mendonça",
        "Brandão", "Magalhães", "Falcão", "Assunção", "Simões", "Guimarães", "Louro", "Peçanha"};

    /** City, UF, DDD and a few of its CEPs. */
    private record Place(String city, String state, String ddd, String... postalCodes) {
    }

    private static final Place[] PLACES = {
        new Place("São Paulo", "SP", "11", "01310100", "04538133", "05422010", "01414001"),
        new Place("Rio de Janeiro", "RJ", "21", "20040020", "22071900", "22250040"),
        new Place("Belo Horizonte", "MG", "31", "30130010", "30140071"),
        new Place("Curitiba", "PR", "41", "80010000", "80420090"),
        new Place("Porto Alegre", "RS", "51", "90010150", "90570020"),
        new Place("Salvador", "BA", "71", "40020000", "41820020"),
        new Place("Recife", "PE", "81", "50030230", "51020000"),
        new Place("Florianópolis", "SC", "48", "88010400", "88015200"),
        new Place("Campinas", "SP", "19", "13015904", "13024001"),
        new Place("Goiânia", "GO", "62", "74015010", "74230010")};

    /** One demo client. */
    public record Person(String name, String cpf, String email, String phone, LocalDate birthDate, String postalCode,
            String city, String state) {
    }

    private DemoPeople() {
    }

    public static List<Person> generate(int count, long seed) {
        Random random = new Random(seed);
        Set<String> cpfs = new HashSet<>();
        Set<String> emails = new HashSet<>();
        List<Person> people = new ArrayList<>(count);
        while (people.size() < count) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = SURNAMES[random.nextInt(SURNAMES.length)];
            String middle = SURNAMES[random.nextInt(SURNAMES.length)];
            String cpf = Cpf.withCheckDigits(String.format("%09d", random.nextInt(1_000_000_000)));
            String email = ascii(first + "." + last).toLowerCase(Locale.ROOT) + (random.nextInt(90) + 10) + "@exemplo.com.br";
            if (!Cpf.isValid(cpf) || !cpfs.add(cpf) || !emails.add(email)) {
                continue;
            }
            Place place = PLACES[random.nextInt(PLACES.length)];
            String phone = "+55" + place.ddd() + "9" + String.format("%08d", random.nextInt(100_000_000));
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(60 * 365));
            String postalCode = place.postalCodes()[random.nextInt(place.postalCodes().length)];
            people.add(new Person(first + " " + middle + " " + last, cpf, email, phone, birth, postalCode, place.city(),
                    place.state()));
        }
        return people;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
