package br.com.clientela.clients.boundary;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.control.ClientErasure;
import br.com.clientela.clients.control.ClientSnapshot;
import br.com.clientela.clients.control.MergeField;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientAvatar;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.customfields.control.CustomFieldValues;
import br.com.clientela.rewards.control.RewardMerge;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import br.com.clientela.wallet.control.WalletMerge;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Merges two records of the same client (MANAGER and ADMIN): the winner keeps, field by field, the value chosen
 * from either side, and gets everything linked to the loser — addresses, contacts, emergency contacts, group
 * memberships and history. The
 * loser is then deleted (neither in the list nor in the trash) and the winner's history records the merge.
 * <p>
 * Whatever else later links to a client (money records, say) must move in {@link #moveLinked}, before the
 * loser is deleted.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER"})
public class ClientMergeService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    CustomFieldValues customFields;

    @Inject
    WalletMerge wallets;

    @Inject
    RewardMerge rewards;

    @Inject
    ClientErasure erasure;

    /** Both clients side by side, for choosing each field. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public MergePreview preview(@NotNull Long winnerId, @NotNull Long loserId) {
        refuseSame(winnerId, loserId);
        Client winner = load(winnerId);
        Client loser = load(loserId);
        return new MergePreview(details(winner), details(loser), Arrays.stream(MergeField.values())
                .map(f -> new MergePreview.FieldValues(f.key(), f.valueOf(winner), f.valueOf(loser))).toList());
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public ClientDetails merge(@NotNull(message = "{clientela.body.required}") @Valid MergeRequest request) {
        refuseSame(request.winnerId(), request.loserId());
        Map<MergeField, MergeSide> choices = choices(request.choices());
        Client winner = load(request.winnerId());
        Client loser = load(request.loserId());
        List<MergeField> fromLoser = choices.entrySet().stream()
                .filter(c -> c.getValue() == MergeSide.LOSER)
                .map(Map.Entry::getKey)
                .filter(f -> !Objects.equals(f.valueOf(winner), f.valueOf(loser)))
                .toList();
        refuseDocumentChangeByNonAdmin(winner, fromLoser);
        Map<String, String> before = ClientSnapshot.of(winner);
        String loserLabel = describe(loser);
        String kept = kept(loser, fromLoser);
        String loserDocument = loser.getDocument();
        if (fromLoser.contains(MergeField.DOCUMENT)) {
            // The document is unique per company: the loser lets go of it before the winner takes it.
            loser.setDocument(null);
            em.flush();
        }
        fromLoser.forEach(field -> field.copy(loser, winner));
        if (fromLoser.contains(MergeField.DOCUMENT)) {
            winner.setDocument(loserDocument);
        }
        String actor = session.getCallerPrincipal().getName();
        moveLinked(loser, winner, loserLabel, actor);
        // Deleted, or anonymised when a record stays with it (its wallet ledger): either way gone from every list.
        erasure.erase(loser, actor);
        audit.event(ClientService.AUDITED_TYPE, winner.getId(), AuditAction.MERGE, "mergedClient", loserLabel, kept,
                actor);
        audit.changes(ClientService.AUDITED_TYPE, winner.getId(), before, ClientSnapshot.of(winner), actor);
        return details(winner);
    }

    private ClientDetails details(Client client) {
        return ClientDetails.of(client, customFields.byKey(client.getId()), List.of());
    }

    /**
     * Addresses, contacts, group memberships, reviews, alerts, quotes, orders, invoices, reward points and history
     * of the loser become the winner's, and what the loser paid counts for the winner; so do its custom field
     * values and picture where the winner has none; the loser's wallet balance is credited to the winner's wallet
     * and its transactions become the winner's (see WalletMerge).
     */
    private void moveLinked(Client loser, Client winner, String loserLabel, String actor) {
        winner.takeAddressesOf(loser);
        winner.takeContactsOf(loser);
        winner.takeGroupsOf(loser);
        winner.takeSpendingOf(loser);
        for (String linked : List.of("Review", "ClientAlert", "Invoice")) {
            em.createQuery("update " + linked + " x set x.client = :winner where x.client = :loser")
                    .setParameter("winner", winner).setParameter("loser", loser).executeUpdate();
        }
        for (String linked : List.of("Quote", "SalesOrder")) {
            em.createQuery("update " + linked + " x set x.clientId = :winner where x.clientId = :loser")
                    .setParameter("winner", winner.getId()).setParameter("loser", loser.getId()).executeUpdate();
        }
        customFields.fillGapsFrom(loser.getId(), winner.getId());
        ClientAvatar loserAvatar = em.find(ClientAvatar.class, loser.getId());
        if (loserAvatar != null) {
            if (em.find(ClientAvatar.class, winner.getId()) == null) {
                ClientAvatar moved = new ClientAvatar(winner.getId());
                moved.replace(loserAvatar.getImage(), loserAvatar.getContentType(), loserAvatar.getWidth(),
                        loserAvatar.getHeight());
                em.persist(moved);
            }
            em.remove(loserAvatar);
        }
        wallets.moveToWinner(loser.getId(), winner.getId(), loserLabel, actor);
        rewards.moveToWinner(loser.getId(), winner.getId());
        audit.moveHistory(ClientService.AUDITED_TYPE, loser.getId(), winner.getId());
    }

    private Map<MergeField, MergeSide> choices(Map<String, MergeSide> typed) {
        Map<MergeField, MergeSide> choices = new EnumMap<>(MergeField.class);
        if (typed == null) {
            return choices;
        }
        for (Map.Entry<String, MergeSide> choice : typed.entrySet()) {
            MergeField field = MergeField.byKey(choice.getKey()).orElseThrow(() -> new InvalidInputException(
                    "choices." + choice.getKey(), "Campo desconhecido para mesclar: use "
                            + Arrays.stream(MergeField.values()).map(MergeField::key).collect(Collectors.joining(", "))
                            + "."));
            if (choice.getValue() == null) {
                throw new InvalidInputException("choices." + choice.getKey(), "Escolha WINNER ou LOSER.");
            }
            choices.put(field, choice.getValue());
        }
        return choices;
    }

    /** Only an ADMIN replaces a CPF/CNPJ the winner already has, as when editing. */
    private void refuseDocumentChangeByNonAdmin(Client winner, List<MergeField> fromLoser) {
        if (fromLoser.contains(MergeField.DOCUMENT) && winner.getDocument() != null
                && !session.isCallerInRole("ADMIN")) {
            throw new InvalidInputException("choices.document",
                    "Só um administrador pode mudar o CPF/CNPJ de um cliente já cadastrado.");
        }
    }

    private static void refuseSame(Long winnerId, Long loserId) {
        if (Objects.equals(winnerId, loserId)) {
            throw new InvalidInputException("loserId", "Escolha dois clientes diferentes para mesclar.");
        }
    }

    /** "Maria Souza · CPF 529.982.247-25 · id 123", as the merge's history line names the loser. */
    private static String describe(Client loser) {
        String document = loser.getDocument() == null ? null : loser.getKind() == ClientKind.ORGANIZATION
                ? "CNPJ " + Cnpj.format(loser.getDocument()) : "CPF " + Cpf.format(loser.getDocument());
        return loser.getName() + (document == null ? "" : " · " + document) + " · id " + loser.getId();
    }

    /** "email: maria@x.com; phone: +5511987654321": what the winner took from the loser. */
    private static String kept(Client loser, List<MergeField> fromLoser) {
        List<String> kept = new ArrayList<>();
        for (MergeField field : fromLoser) {
            kept.add(field.key() + ": " + Objects.toString(field.valueOf(loser), "—"));
        }
        return kept.isEmpty() ? null : String.join("; ", kept);
    }

    private Client load(Long id) {
        return em.createQuery("select c from Client c where c.id = :id and c.deletedAt is null", Client.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
    }
}
