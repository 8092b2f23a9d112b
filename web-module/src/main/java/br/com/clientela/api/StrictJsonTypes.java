package br.com.clientela.api;

import br.com.clientela.shared.text.TypedDate;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * JSON-B reads a number into a text field and any string into a boolean (as false) without a word; these
 * readers take only the JSON type the field has, so a wrong type is a 422 naming the field
 * ({@link br.com.clientela.api.problems.ProblemMapper}). Dates must be ISO (AAAA-MM-DD) and between 1900 and 2100.
 * Null stays null: whether a field is required is Bean Validation's call.
 */
public final class StrictJsonTypes {

    private StrictJsonTypes() {
    }

    /** A JSON value of the wrong type or out of range, with the pt-BR message for its field. */
    public static final class WrongValueException extends JsonbException {

        private static final long serialVersionUID = 1L;

        private final transient Predicate<JsonValue> acceptable;

        WrongValueException(String message, Predicate<JsonValue> acceptable) {
            super(message);
            this.acceptable = acceptable;
        }

        /** Whether the reader takes this value: finds the wrong one among a field's values in many list items. */
        public boolean accepts(JsonValue value) {
            return acceptable.test(value);
        }
    }

    public static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw new WrongValueException("Envie um texto, entre aspas.",
                    v -> v.getValueType() == JsonValue.ValueType.STRING || v.getValueType() == JsonValue.ValueType.NULL);
        }
    }

    public static final class YesNo implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case NULL -> null;
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new WrongValueException("Envie true ou false, sem aspas.",
                        v -> v.getValueType() != JsonValue.ValueType.STRING && v.getValueType() != JsonValue.ValueType.NUMBER
                                && v.getValueType() != JsonValue.ValueType.OBJECT && v.getValueType() != JsonValue.ValueType.ARRAY);
            };
        }
    }

    public static final class Day implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw new WrongValueException("Informe a data como texto no formato AAAA-MM-DD.", Day::isSaneDate);
            }
            LocalDate date = parse(text.getString());
            if (date == null) {
                throw new WrongValueException("Informe uma data válida no formato AAAA-MM-DD.", Day::isSaneDate);
            }
            if (!TypedDate.isSane(date)) {
                throw new WrongValueException(TypedDate.REFUSAL, Day::isSaneDate);
            }
            return date;
        }

        private static boolean isSaneDate(JsonValue value) {
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return true;
            }
            LocalDate date = value instanceof JsonString text ? parse(text.getString()) : null;
            return date != null && TypedDate.isSane(date);
        }

        private static LocalDate parse(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
