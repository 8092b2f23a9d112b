package br.com.clientela.system;

import java.util.concurrent.ThreadLocalRandom;

/** Clients each test makes for itself through the API: unique names and valid, random CPFs. */
public final class ClientData {

    private ClientData() {
    }

    /** A client created through the API, as the tests need it. */
    public record NewClient(long id, String name, String cpf) {
    }

    /** A valid CPF, 11 digits without mask, unlikely to be taken. */
    public static String cpf() {
        StringBuilder digits = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        digits.append(random.nextInt(1, 10));
        for (int i = 1; i < 9; i++) {
            digits.append(random.nextInt(10));
        }
        digits.append(checkDigit(digits, 9));
        digits.append(checkDigit(digits, 10));
        return digits.toString();
    }

    /** 000.000.000-00 */
    public static String masked(String cpf) {
        return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
    }

    /** A made-up word of letters, capitalised, to make names unique and searchable ("Quvexa"). */
    public static String uniqueWord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A person with a valid CPF, an e-mail and a phone, created by {@code email}'s company. */
    public static NewClient person(String email, String name) {
        String cpf = cpf();
        Api.Reply reply = Api.as(email, TestData.DEMO_PASSWORD).post("/api/v1/clients",
                "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"document\":\"" + cpf + "\",\"email\":\""
                        + TestData.uniqueEmail("cliente") + "\",\"phone\":\"(11) 98765-4321\",\"birthDate\":\"1990-03-15\","
                        + "\"addresses\":[{\"type\":\"MAIN\",\"postalCode\":\"01310-100\",\"city\":\"São Paulo\","
                        + "\"state\":\"SP\"}]}");
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create a client for the test: " + reply);
        }
        return new NewClient(reply.json().getJsonNumber("id").longValue(), name, cpf);
    }

    private static int checkDigit(CharSequence digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
