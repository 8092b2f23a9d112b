package br.com.clientela.benchmark;

import br.com.clientela.clients.control.ClientSearchText;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic Brazilian clients for the benchmark: accented names, a CPF (or, for one in twenty, a CNPJ) with
 * valid check digits and unique per index, a mobile number with the DDD of the client's city, an e-mail and a
 * real-looking address of that city. The n-th client is always the same for a seed, so a run can be
 * reproduced; the search text is the application's own ({@link ClientSearchText}).
 */
public final class FakeClients {

    /** Multiplier coprime with 10^9 (and 10^8): i -> i * K mod 10^9 spreads indexes over all nine-digit bases. */
    private static final long SPREAD = 387_420_489L;

    private static final String[] FIRST_NAMES = {"João", "Maria", "José", "Ana", "Antônio", "Francisca", "Carlos",
        "Luíza", "Paulo", "Adriana", "Lúcia", "Márcio", "Juliana", "Sérgio", "Patrícia", "Fábio", "Letícia",
        "André", "Cláudia", "Vinícius", "Beatriz", "Gonçalo", "Débora", "Rogério", "Íris", "Otávio", "Mônica",
        "Caio", "Helena", "Tânia", "Pedro", "Lucas", "Gabriel", "Rafael", "Mateus", "Gustavo", "Felipe", "Bruno",
        "Thiago", "Leonardo", "Rodrigo", "Eduardo", "Marcelo", "Ricardo", "Fernando", "Luís", "Vitória", "Júlia",
        "Larissa", "Camila", "Fernanda", "Amanda", "Bruna", "Jéssica", "Aline", "Vanessa", "Simone", "Sônia",
        "Raquel", "Cecília", "Valéria", "Flávia", "Bárbara", "Rosângela", "Conceição", "Joaquim", "Sebastião",
        "Benedito", "Raimundo", "Estêvão", "Inês", "Lívia", "Heloísa", "Isabela", "Giovana", "Natália", "Priscila",
        "Renata", "Sabrina", "Tatiane", "Ângela", "Márcia", "Régis", "Célio", "Irene", "Noêmia", "Ubiratã", "Iara",
        "Jaciara", "Moacir"};
    private static final String[] SURNAMES = {"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira",
        "Costa", "Rodrigues", "Almeida", "Nascimento", "Araújo", "Gonçalves", "Ribeiro", "Conceição", "Mendonça",
        "Brandão", "Magalhães", "Falcão", "Assunção", "Simões", "Guimarães", "Louro", "Peçanha", "Carvalho",
        "Gomes", "Martins", "Rocha", "Alves", "Barbosa", "Cardoso", "Teixeira", "Moreira", "Correia", "Dias",
        "Batista", "Fernandes", "Freitas", "Nunes", "Vieira", "Mendes", "Castro", "Campos", "Moraes", "Monteiro",
        "Cavalcanti", "Barros", "Pinto", "Ramos", "Azevedo", "Macedo", "Melo", "Sá", "Quintão", "Lopes", "Tavares",
        "Aragão", "Bezerra", "Calado", "Damásio", "Estevão", "Figueirêdo", "Galvão", "Hortêncio", "Jordão",
        "Leão", "Muniz", "Nóbrega", "Paixão", "Queiroz", "Romão", "Sampaio", "Toledo", "Uchôa", "Valadão",
        "Xavier", "Zanetti"};
    private static final String[] COMPANY_WORDS = {"Pet Shop", "Clínica", "Padaria", "Estética", "Consultório",
        "Ateliê", "Mercearia", "Oficina", "Escola", "Café"};
    private static final String[] COMPANY_SUFFIXES = {"Ltda", "ME", "EIRELI", "S.A.", "Ltda ME"};
    private static final String[] EMAIL_DOMAINS = {"gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br",
        "uol.com.br", "bol.com.br", "terra.com.br", "icloud.com"};
    private static final String[] STREETS = {"Rua das Flores", "Avenida Brasil", "Rua São João", "Rua XV de Novembro",
        "Avenida Paulista", "Rua da Conceição", "Travessa São José", "Rua Sete de Setembro", "Avenida Getúlio Vargas",
        "Rua Tiradentes", "Rua Dom Pedro II", "Alameda Santos", "Rua Barão do Rio Branco", "Rua Marechal Deodoro"};
    private static final String[] DISTRICTS = {"Centro", "Jardim América", "Vila Nova", "Boa Vista", "São José",
        "Santa Cecília", "Bela Vista", "Copacabana", "Savassi", "Batel", "Moinhos de Vento", "Pituba", "Boa Viagem"};
    private static final String[] COMPLEMENTS = {null, null, null, "Apto 101", "Casa 2", "Bloco B", "Sala 304",
        "Fundos"};

    /** City, UF, DDD and the first five digits of some of its CEPs. */
    private record Place(String city, String state, String ddd, String... cepPrefixes) {
    }

    private static final Place[] PLACES = {
        new Place("São Paulo", "SP", "11", "01310", "04538", "05422", "01414", "03178", "02011"),
        new Place("Rio de Janeiro", "RJ", "21", "20040", "22071", "22250", "21040"),
        new Place("Belo Horizonte", "MG", "31", "30130", "30140", "31270"),
        new Place("Curitiba", "PR", "41", "80010", "80420", "81070"),
        new Place("Porto Alegre", "RS", "51", "90010", "90570", "91330"),
        new Place("Salvador", "BA", "71", "40020", "41820", "40140"),
        new Place("Recife", "PE", "81", "50030", "51020", "52011"),
        new Place("Florianópolis", "SC", "48", "88010", "88015", "88034"),
        new Place("Campinas", "SP", "19", "13015", "13024", "13083"),
        new Place("Goiânia", "GO", "62", "74015", "74230", "74810"),
        new Place("Fortaleza", "CE", "85", "60025", "60160", "60810"),
        new Place("Manaus", "AM", "92", "69005", "69057"),
        new Place("Belém", "PA", "91", "66010", "66035"),
        new Place("Brasília", "DF", "61", "70040", "71215", "72010"),
        new Place("São Luís", "MA", "98", "65010", "65075"),
        new Place("Maceió", "AL", "82", "57020", "57035"),
        new Place("Natal", "RN", "84", "59010", "59064"),
        new Place("João Pessoa", "PB", "83", "58010", "58038"),
        new Place("Vitória", "ES", "27", "29010", "29055"),
        new Place("Ribeirão Preto", "SP", "16", "14010", "14025")};

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 12, 0);

    /** One generated client with its main address; {@code deletedAt} set for the few in the trash. */
    public record FakeClient(ClientKind kind, String name, String tradeName, String document, String email,
            String phone, LocalDate birthDate, ClientStatus status, String searchText, LocalDateTime createdAt,
            LocalDateTime updatedAt, LocalDateTime deletedAt, String postalCode, String street, String number,
            String complement, String district, String city, String state) {
    }

    private final long seed;

    public FakeClients(long seed) {
        this.seed = seed;
    }

    /** The n-th client (n from 0 to 999,999,999): its document is unique among all n. */
    public FakeClient client(long n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        Place place = PLACES[random.nextInt(PLACES.length)];
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, SURNAMES);
        boolean organization = random.nextInt(20) == 0;
        String base = String.format("%09d", Math.floorMod(n * SPREAD + seed, 1_000_000_000L));
        ClientKind kind;
        String name;
        String tradeName = null;
        String document;
        if (organization) {
            kind = ClientKind.ORGANIZATION;
            tradeName = pick(random, COMPANY_WORDS) + " " + first + " " + last;
            name = tradeName + " " + pick(random, COMPANY_SUFFIXES);
            document = Cnpj.withCheckDigits(base.substring(1) + "0001");
        } else {
            kind = ClientKind.PERSON;
            String middle = pick(random, SURNAMES);
            name = random.nextInt(4) == 0 ? first + " " + pick(random, FIRST_NAMES) + " " + middle + " " + last
                    : first + " " + middle + " " + last;
            document = Cpf.withCheckDigits(base);
        }
        String email = ascii(first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '.') + (n % 1000)
                + "@" + pick(random, EMAIL_DOMAINS);
        String phone = "+55" + place.ddd() + "9" + String.format("%08d", random.nextInt(100_000_000));
        LocalDate birthDate = organization ? null : LocalDate.of(1945, 1, 1).plusDays(random.nextInt(62 * 365));
        ClientStatus status = random.nextInt(10) == 0 ? ClientStatus.INACTIVE : ClientStatus.ACTIVE;
        LocalDateTime createdAt = NOW.minusSeconds(random.nextLong(3L * 365 * 24 * 3600));
        LocalDateTime updatedAt = random.nextBoolean() ? createdAt
                : createdAt.plusSeconds(random.nextLong(java.time.Duration.between(createdAt, NOW).getSeconds() + 1));
        LocalDateTime deletedAt = random.nextInt(100) == 0 ? updatedAt : null;

        Client client = new Client(kind, name);
        client.setTradeName(tradeName);
        client.setDocument(document);
        client.contact(email, phone);
        String searchText = ClientSearchText.of(client);

        String postalCode = pick(random, place.cepPrefixes()) + String.format("%03d", random.nextInt(1000));
        return new FakeClient(kind, name, tradeName, document, email, phone, birthDate, status, searchText,
                createdAt, updatedAt, deletedAt, postalCode, pick(random, STREETS),
                Integer.toString(1 + random.nextInt(3000)), pick(random, COMPLEMENTS), pick(random, DISTRICTS),
                place.city(), place.state());
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
