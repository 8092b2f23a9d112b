package br.com.clientela.backoffice.faces;

import br.com.clientela.shared.BusinessException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.StaleRecordException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Faces messages for the back-office pages: success notes from the {@code msg} bundle, and the refusals of
 * the EJB boundaries shown where the person can fix them.
 * <p>
 * A boundary refuses with a {@link BusinessException} (which may name a field) or, for invalid input, with
 * a {@link ConstraintViolationException} (which the EJB container may hand over wrapped in an
 * {@link EJBException}). Either way the pt-BR message goes to the input whose id is the field's name inside
 * the given form ({@code email} in {@code newUserForm} → {@code newUserForm:email}), and that input is marked
 * invalid so PrimeFaces highlights it. A field of a list row ({@code addresses[1].postalCode}) goes to the
 * input of that row ({@code form:addresses:1:postalCode}), and a field of a nested record ({@code guardian.name})
 * to the input named by joining the parts ({@code form:guardianName}). A message about no known field goes to the
 * growl.
 * Anything else is a bug and is left to propagate to the error page.
 */
public final class PageMessages {

    private static final String BUNDLE = "msg";
    /** The key of the message about a record someone else saved meanwhile (see {@link #showStale}). */
    public static final String STALE = "stale";
    /** A field of one row of a list, as the boundaries name it: {@code addresses[0].postalCode}. */
    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    private PageMessages() {
    }

    /**
     * Runs one boundary call; on a refusal shows it (see the class comment), marks the request as failed
     * validation (so a dialog's {@code args.validationFailed} keeps it open) and answers false.
     *
     * @param formId the client id of the form whose inputs are named like the fields, or null
     */
    public static boolean attempt(String formId, Runnable boundaryCall) {
        try {
            boundaryCall.run();
            return true;
        } catch (InvalidInputException refusal) {
            if (refusal.getFields().isEmpty()) {
                showRefusal(formId, null, refusal.getMessage());
            }
            refusal.getFields().forEach((field, message) -> showRefusal(formId, field, message));
        } catch (StaleRecordException stale) {
            showStale(stale.getMessage());
        } catch (BusinessException refusal) {
            showRefusal(formId, refusal.getField(), refusal.getMessage());
        } catch (ConstraintViolationException invalid) {
            showViolations(formId, invalid);
        } catch (EJBException failure) {
            ConstraintViolationException invalid = invalidInputIn(failure);
            if (invalid != null) {
                showViolations(formId, invalid);
            } else if (causedByOptimisticLock(failure)) {
                // Someone saved the same record between this save's check and its commit.
                showStale(text("record.stale"));
            } else {
                throw failure;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /** Like {@link #attempt(String, Runnable)}, for a boundary call with an answer: the answer, or empty when refused. */
    public static <T> java.util.Optional<T> answer(String formId, java.util.function.Supplier<T> boundaryCall) {
        java.util.List<T> answer = new java.util.ArrayList<>(1);
        return attempt(formId, (Runnable) () -> answer.add(boundaryCall.get())) ? java.util.Optional.of(answer.get(0))
                : java.util.Optional.empty();
    }

    /**
     * The record was saved by someone else since the page loaded it: the message stays on top of the page (the
     * layout's {@code staleMessages}, keyed {@value #STALE}) until closed, and the form keeps what was typed.
     */
    private static void showStale(String message) {
        FacesContext.getCurrentInstance().addMessage(STALE,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static boolean causedByOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** A success note for the growl, from the {@code msg} bundle. */
    public static void info(String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, params), null));
    }

    /** An error for the growl or, with a client id, next to that input. */
    public static void error(String clientId, String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, params), null));
    }

    /** A text of the {@code msg} bundle in the view's locale. */
    public static String text(String key, Object... params) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE);
        String pattern = bundle.getString(key);
        if (params.length == 0) {
            return pattern;
        }
        Locale locale = context.getViewRoot() == null ? bundle.getLocale() : context.getViewRoot().getLocale();
        return new MessageFormat(pattern, locale).format(params);
    }

    /** Like {@link #text}, but a key the bundle lacks answers the fallback instead of failing the page. */
    public static String textOr(String fallback, String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static void showViolations(String formId, ConstraintViolationException invalid) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            showRefusal(formId, fieldOf(violation), violation.getMessage());
        }
    }

    private static void showRefusal(String formId, String field, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = null;
        Matcher row = field == null ? null : ROW_FIELD.matcher(field);
        if (formId != null && row != null && row.matches()) {
            clientId = rowInput(context, formId + ":" + row.group(1) + ":" + row.group(2) + ":" + row.group(3));
        } else if (formId != null && field != null) {
            // A custom field (customFields.size) is the input customFields_size; guardian.name is guardianName.
            String inputId = field.startsWith("customFields.") ? field.replace('.', '_')
                    : field.contains(".") ? nestedInputId(field) : field;
            UIComponent input = context.getViewRoot().findComponent(formId + ":" + inputId);
            if (input != null) {
                clientId = input.getClientId(context);
                if (input instanceof UIInput in) {
                    markInvalid(context, in);
                }
            }
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /**
     * Highlights the input. An invalid input is rendered from its submitted value, which Faces has already
     * cleared after updating the model, so it is put back from the model; otherwise the person would see
     * what they typed vanish next to the message about it.
     */
    private static void markInvalid(FacesContext context, UIInput input) {
        Object value = input.getValue();
        if (input.getSubmittedValue() == null && value != null) {
            Converter<Object> converter = converterFor(context, input, value);
            input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, input, value));
        }
        input.setValid(false);
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object> converterFor(FacesContext context, UIInput input, Object value) {
        Converter<?> converter = input.getConverter();
        if (converter == null && !(value instanceof String)) {
            converter = context.getApplication().createConverter(value.getClass());
        }
        return (Converter<Object>) converter;
    }

    /**
     * The name of the invalid record component: {@code addresses[0].postalCode} for one inside a list row,
     * {@code guardian.name} for one inside a nested record; null when the whole parameter is what is wrong.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                if (field != null && node.isInIterable() && node.getIndex() != null) {
                    field = field + "[" + node.getIndex() + "]";
                }
                field = field == null ? node.getName() : field + "." + node.getName();
            }
        }
        return field;
    }

    /** The input id of a field of a nested record: {@code guardian.name} → {@code guardianName}. */
    private static String nestedInputId(String field) {
        StringBuilder id = new StringBuilder();
        for (String part : field.split("\\.")) {
            id.append(id.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return id.toString();
    }

    /**
     * The client id of an input in one row of an iterating component ({@code addresses[1].postalCode} →
     * {@code form:addresses:1:postalCode}), marked invalid; null when the page has no such input.
     */
    private static String rowInput(FacesContext context, String clientId) {
        boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
            if (component instanceof UIInput in) {
                markInvalid(ctx, in);
            }
        });
        return found ? clientId : null;
    }

    private static ConstraintViolationException invalidInputIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
