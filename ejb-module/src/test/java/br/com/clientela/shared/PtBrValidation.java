package br.com.clientela.shared;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;

/**
 * A real Bean Validation provider (Hibernate Validator, test scope) whose messages are always interpolated in
 * pt-BR, whatever the JVM's default locale: the locale is passed to the interpolator, nothing global is changed.
 */
public final class PtBrValidation implements AutoCloseable {

    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final ValidatorFactory factory;

    public PtBrValidation() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
        factory = configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, PT_BR);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return standard.interpolate(template, context, PT_BR);
            }
        }).buildValidatorFactory();
    }

    public Validator validator() {
        return factory.getValidator();
    }

    @Override
    public void close() {
        factory.close();
    }
}
