package br.com.clientela.shared.web;

import br.com.clientela.shared.text.TypedDate;
import br.com.clientela.shared.text.TypedText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;

/**
 * Registered as a default validator in each WAR's faces-config.xml, so every input of every page checks it
 * without a tag: text without control characters or broken surrogates (tab and line breaks only in text areas)
 * and dates between 1900 and 2100. The API checks the same in its JSON reader; the messages are the same.
 */
public class TypedInputValidator implements Validator<Object> {

    public static final String ID = "clientela.typedInput";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text) {
            checkText(component, text);
        } else if (value instanceof Collection<?> values) {
            for (Object each : values) {
                if (each instanceof String text) {
                    checkText(component, text);
                }
            }
        } else if (value instanceof LocalDate date) {
            checkDate(date);
        } else if (value instanceof LocalDateTime dateTime) {
            checkDate(dateTime.toLocalDate());
        } else if (value instanceof Date date) {
            checkDate(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        }
    }

    private static void checkText(UIComponent component, String text) {
        if (!TypedText.isClean(text, isMultiline(component))) {
            throw refusal(TypedText.REFUSAL);
        }
    }

    private static void checkDate(LocalDate date) {
        if (!TypedDate.isSane(date)) {
            throw refusal(TypedDate.REFUSAL);
        }
    }

    private static boolean isMultiline(UIComponent component) {
        String renderer = component.getRendererType();
        return component instanceof HtmlInputTextarea
                || (renderer != null && (renderer.contains("Textarea") || renderer.contains("TextEditor")));
    }

    private static ValidatorException refusal(String message) {
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
