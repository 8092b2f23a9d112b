package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.email;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.boundary.AddressDetails;
import br.com.clientela.clients.boundary.AddressInput;
import br.com.clientela.clients.boundary.ClientAvatarService;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientDetails.GroupRef;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ClientMergeService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.ContactDetails;
import br.com.clientela.clients.boundary.ContactInput;
import br.com.clientela.clients.boundary.EmergencyContactInput;
import br.com.clientela.clients.boundary.HistoryEntry;
import br.com.clientela.clients.boundary.MergeRequest;
import br.com.clientela.clients.boundary.MergeSide;
import br.com.clientela.clients.entity.AddressType;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.customfields.boundary.CustomFieldInput;
import br.com.clientela.customfields.boundary.CustomFieldRow;
import br.com.clientela.customfields.boundary.CustomFieldService;
import br.com.clientela.customfields.entity.CustomFieldType;
import br.com.clientela.groups.boundary.GroupInput;
import br.com.clientela.groups.boundary.GroupRow;
import br.com.clientela.groups.boundary.GroupService;
import br.com.clientela.groups.boundary.Membership;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ClientMergeService in the server, on PostgreSQL: a merge takes everything of the loser, inside one company. */
@ExtendWith(InContainer.class)
class ClientMergeServiceIT {

    @EJB
    ClientService clients;

    @EJB
    ClientMergeService merges;

    @EJB
    GroupService groups;

    @EJB
    CustomFieldService customFields;

    @EJB
    ClientAvatarService avatars;

    @Test
    void theWinnerGetsEverythingLinkedToTheLoserAndTheMergeIsInItsHistory() throws Exception {
        String word = uniqueWord();
        CustomFieldRow field = PETHOTEL_ADMIN.call(() -> customFields.create(new CustomFieldInput(
                "mescla_" + word.toLowerCase(), "Mescla " + word, CustomFieldType.TEXT, List.of(), false, true, null)));
        try {
            String loserEmail = email();
            ClientDetails winner = PETHOTEL_ADMIN.call(() -> clients.create(client("Vencedora " + word, email(),
                    address(AddressType.MAIN, "01310100"), List.of(), List.of(), Map.of())));
            ClientDetails loser = PETHOTEL_ADMIN.call(() -> clients.create(client("Perdedora " + word, loserEmail,
                    address(AddressType.DELIVERY, "20040020"),
                    List.of(new ContactInput("Contato " + word, "Financeiro", "(21) 99876-5432", null)),
                    List.of(new EmergencyContactInput("Emergência " + word, "(21) 3456-7890", "irmã")),
                    Map.of(field.key(), "Valor da perdedora"))));
            GroupRow group = PETHOTEL_ADMIN.call(() -> groups.create(new GroupInput("Mescla " + word)));
            PETHOTEL_ADMIN.call(() -> groups.addClients(group.id(), new Membership(List.of(loser.id()))));
            PETHOTEL_ADMIN.call(() -> avatars.replace(loser.id(), png()));

            ClientDetails merged = PETHOTEL_ADMIN.call(() -> merges.merge(
                    new MergeRequest(winner.id(), loser.id(), Map.of("email", MergeSide.LOSER))));

            assertThat(merged.id()).isEqualTo(winner.id());
            assertThat(merged.name()).isEqualTo("Vencedora " + word);
            assertThat(merged.email()).isEqualTo(loserEmail);
            assertThat(merged.addresses()).extracting(AddressDetails::postalCode)
                    .containsExactlyInAnyOrder("01310100", "20040020");
            assertThat(merged.contacts()).extracting(ContactDetails::name).containsExactly("Contato " + word);
            assertThat(merged.emergencyContacts()).extracting(ContactDetails.Emergency::name)
                    .containsExactly("Emergência " + word);
            assertThat(merged.groups()).extracting(GroupRef::name).containsExactly("Mescla " + word);
            assertThat(merged.customFields()).containsEntry(field.key(), "Valor da perdedora");
            assertThat(PETHOTEL_ADMIN.call(() -> avatars.find(winner.id()))).isPresent();
            assertThat(PETHOTEL_ADMIN.call(() -> groups.list())).filteredOn(g -> g.id().equals(group.id()))
                    .extracting(GroupRow::members).containsExactly(1L);

            assertThrows(NotFoundException.class, () -> PETHOTEL_ADMIN.call(() -> clients.find(loser.id())));
            assertThat(PETHOTEL_ADMIN.call(() -> clients.trashed(0, 100)))
                    .noneSatisfy(row -> assertThat(row.id()).isEqualTo(loser.id()));
            List<HistoryEntry> history = PETHOTEL_ADMIN.call(() -> clients.history(winner.id(), 0, 100));
            assertThat(history).filteredOn(e -> e.action() == AuditAction.MERGE).singleElement()
                    .satisfies(e -> assertThat(e.oldValue()).contains("Perdedora " + word))
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(PETHOTEL_ADMIN.email()));
            // The loser's own history came along: two registrations now tell the winner's story.
            assertThat(history).filteredOn(e -> e.action() == AuditAction.CREATE).hasSize(2);
            assertThat(history).filteredOn(e -> e.action() == AuditAction.UPDATE && "email".equals(e.field()))
                    .singleElement().satisfies(e -> assertThat(e.newValue()).isEqualTo(loserEmail));
        } finally {
            PETHOTEL_ADMIN.run(() -> customFields.delete(field.id()));
        }
    }

    @Test
    void staffMayNotMergeAndAnotherCompanyCannotReachEitherClient() throws Exception {
        String word = uniqueWord();
        ClientDetails winner = PETHOTEL_ADMIN.call(() -> clients.create(client("Fica " + word, email(),
                address(AddressType.MAIN, "01310100"), List.of(), List.of(), Map.of())));
        ClientDetails loser = PETHOTEL_ADMIN.call(() -> clients.create(client("Sai " + word, email(),
                address(AddressType.MAIN, "20040020"), List.of(), List.of(), Map.of())));
        MergeRequest request = new MergeRequest(winner.id(), loser.id(), Map.of("name", MergeSide.LOSER));

        assertThrows(EJBAccessException.class, () -> PETHOTEL_STAFF.call(() -> merges.merge(request)));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> merges.merge(request)));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> merges.preview(winner.id(), loser.id())));

        assertThat(PETHOTEL_ADMIN.call(() -> clients.find(winner.id())).name()).isEqualTo("Fica " + word);
        assertThat(PETHOTEL_ADMIN.call(() -> clients.find(loser.id())).name()).isEqualTo("Sai " + word);
        assertThat(PETHOTEL_ADMIN.call(() -> clients.history(winner.id(), 0, 100)))
                .extracting(HistoryEntry::action).containsExactly(AuditAction.CREATE);
    }

    private static ClientInput client(String name, String email, AddressInput address, List<ContactInput> contacts,
            List<EmergencyContactInput> emergencyContacts, Map<String, String> customFieldValues) {
        return new ClientInput(ClientKind.PERSON, name, null, cpf(), email, "(11) 98765-4321", null,
                LocalDate.of(1985, 6, 20), null, null, null, null, null, null, null, null, null, List.of(address),
                contacts, emergencyContacts, null, customFieldValues);
    }

    private static AddressInput address(AddressType type, String postalCode) {
        return new AddressInput(type, postalCode, "Rua " + postalCode, "10", null, "Centro", "São Paulo", "SP", true);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
