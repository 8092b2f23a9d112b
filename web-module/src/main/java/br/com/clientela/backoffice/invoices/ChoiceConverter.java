package br.com.clientela.backoffice.invoices;

import br.com.clientela.clients.boundary.Choice;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A picked {@link Choice} (the client of an autocomplete) as "id|name" and back, so the page needs no lookup to
 * show what was picked. The id is checked by the service like any other input (another company's is not found).
 */
@FacesConverter("choiceConverter")
public class ChoiceConverter implements Converter<Choice> {

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int bar = value.indexOf('|');
        try {
            return new Choice(Long.valueOf(bar < 0 ? value : value.substring(0, bar)),
                    bar < 0 ? "" : value.substring(bar + 1));
        } catch (NumberFormatException notAChoice) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null || value.id() == null ? "" : value.id() + "|" + value.name();
    }
}
