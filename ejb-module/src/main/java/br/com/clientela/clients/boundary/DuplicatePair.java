package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.ClientKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two clients of the company that are likely the same: the older record first. {@code matchedOn} says why:
 * "document", "email", "phone" and/or "nameAndBirthDate".
 */
public record DuplicatePair(Side first, Side second, List<String> matchedOn) {

    /** One of the two clients, with what the comparison read. */
    public record Side(Long id, ClientKind kind, String name, String document, String email, String phone,
            LocalDate birthDate) {
    }

    /** For the JPQL constructor query: both clients' columns side by side. */
    public DuplicatePair(Long firstId, ClientKind firstKind, String firstName, String firstDocument, String firstEmail,
            String firstPhone, LocalDate firstBirthDate, String firstNameKey, Long secondId, ClientKind secondKind,
            String secondName, String secondDocument, String secondEmail, String secondPhone,
            LocalDate secondBirthDate, String secondNameKey) {
        this(new Side(firstId, firstKind, firstName, firstDocument, firstEmail, firstPhone, firstBirthDate),
                new Side(secondId, secondKind, secondName, secondDocument, secondEmail, secondPhone, secondBirthDate),
                matched(firstDocument, secondDocument, firstEmail, secondEmail, firstPhone, secondPhone,
                        firstNameKey, secondNameKey, firstBirthDate, secondBirthDate));
    }

    private static List<String> matched(String document1, String document2, String email1, String email2,
            String phone1, String phone2, String nameKey1, String nameKey2, LocalDate birth1, LocalDate birth2) {
        List<String> matched = new ArrayList<>();
        if (document1 != null && document1.equals(document2)) {
            matched.add("document");
        }
        if (email1 != null && email2 != null && email1.equalsIgnoreCase(email2)) {
            matched.add("email");
        }
        if (phone1 != null && phone1.equals(phone2)) {
            matched.add("phone");
        }
        if (nameKey1 != null && nameKey1.equals(nameKey2) && birth1 != null && Objects.equals(birth1, birth2)) {
            matched.add("nameAndBirthDate");
        }
        return List.copyOf(matched);
    }
}
