package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientMergeService;
import br.com.clientela.clients.boundary.MergePreview;
import br.com.clientela.clients.boundary.MergeRequest;
import br.com.clientela.clients.boundary.MergeSide;
import br.com.clientela.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * The merge preview (clients/merge.xhtml?winner=...&amp;loser=...): both clients side by side, a choice per field
 * that differs (the winner's value preselected), and after confirming, the merge. Clients the caller cannot
 * see or merge are answered with the 404 page.
 */
@Named
@ViewScoped
public class MergeClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientMergeService merges;

    private Long winner;
    private Long loser;
    private MergePreview preview;
    /** Field name → "WINNER" or "LOSER", as the radios write them. */
    private final Map<String, String> choices = new HashMap<>();

    /** f:viewAction, after f:viewParam has set both ids. */
    public void load() throws IOException {
        if (winner == null || loser == null) {
            Faces.responseSendError(404, "Cliente não encontrado.");
            return;
        }
        try {
            preview = merges.preview(winner, loser);
            preview.fields().forEach(f -> choices.put(f.field(), MergeSide.WINNER.name()));
        } catch (BusinessException | EJBAccessException cannot) {
            Faces.responseSendError(404, "Cliente não encontrado.");
        }
    }

    public String merge() {
        Map<String, MergeSide> chosen = choices.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, c -> MergeSide.valueOf(c.getValue())));
        ClientDetails[] merged = new ClientDetails[1];
        if (!PageMessages.attempt(null, () -> merged[0] = merges.merge(new MergeRequest(winner, loser, chosen)))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("clientMerge.done", preview.loser().name(), merged[0].name());
        return "/clients/view?faces-redirect=true&id=" + merged[0].id();
    }

    public Long getWinner() {
        return winner;
    }

    public void setWinner(Long winner) {
        this.winner = winner;
    }

    public Long getLoser() {
        return loser;
    }

    public void setLoser(Long loser) {
        this.loser = loser;
    }

    public MergePreview getPreview() {
        return preview;
    }

    public Map<String, String> getChoices() {
        return choices;
    }
}
