package dev.eventex.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link CustomEvent}: the common event fields by name, every other field as a role
 * whose value type follows from its JSON shape (see {@link CustomEvent}). Numbers are read
 * from their digits as {@link BigDecimal}, so no value passes through a double.
 */
final class CustomEventReader extends StdDeserializer<CustomEvent> {

    private static final long serialVersionUID = 1L;

    /** The fields each role value type writes; an object with other keys stays a map. */
    private static final Set<String> ARGUMENT_KEYS = Set.of("text", "name", "entity", "type");
    private static final Set<String> AMOUNT_KEYS = Set.of("text", "value", "currency", "unit");
    private static final Set<String> DATE_KEYS = Set.of("text", "value");

    CustomEventReader() {
        super(CustomEvent.class);
    }

    @Override
    public CustomEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            return (CustomEvent) ctxt.handleUnexpectedToken(CustomEvent.class, p);
        }
        String type = null;
        String id = null;
        List<Evidence> evidence = null;
        double confidence = Double.NaN;
        Tense tense = null;
        Explanation explanation = null;
        Map<String, Object> roles = new LinkedHashMap<>();
        JavaType evidenceList = ctxt.getTypeFactory().constructCollectionType(List.class, Evidence.class);
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (field) {
                case "type" -> type = isNull ? null : p.getValueAsString();
                case "id" -> id = isNull ? null : p.getValueAsString();
                case "evidence" -> evidence = isNull ? null : ctxt.readValue(p, evidenceList);
                case "confidence" -> confidence = isNull ? Double.NaN : p.getDoubleValue();
                case "tense" -> tense = isNull ? null : ctxt.readValue(p, Tense.class);
                case "explanation" -> explanation = isNull ? null : ctxt.readValue(p, Explanation.class);
                default -> roles.put(field, roleValue(raw(p)));
            }
        }
        try {
            return new CustomEvent(type, id, evidence, confidence, tense, explanation, roles);
        } catch (RuntimeException e) {
            return (CustomEvent) ctxt.reportInputMismatch(this, "not a valid %s event: %s", type, e.getMessage());
        }
    }

    /** The value at the parser as plain Java: maps, lists, strings, BigDecimals, booleans, null. */
    private static Object raw(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, raw(p));
                }
                yield m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    l.add(raw(p));
                }
                yield l;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> p.getValueAsString();
        };
    }

    /** A raw value as the role value type its shape names. */
    private static Object roleValue(Object raw) {
        if (raw instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(roleValue(o));
            }
            return Collections.unmodifiableList(out);
        }
        if (!(raw instanceof Map<?, ?> m) || !(m.get("text") instanceof String text)) {
            return raw instanceof Map<?, ?> m ? Collections.unmodifiableMap(m) : raw;
        }
        Set<?> keys = m.keySet();
        Object value = m.get("value");
        if (m.get("name") instanceof String name && m.get("type") instanceof String type && ARGUMENT_KEYS.containsAll(keys)
                && (m.get("entity") == null || m.get("entity") instanceof String) && isEntityType(type)) {
            return new Argument(text, name, (String) m.get("entity"), EntityType.valueOf(type));
        }
        boolean amountShape = value instanceof BigDecimal || m.get("currency") instanceof String || m.get("unit") instanceof String;
        if (amountShape && AMOUNT_KEYS.containsAll(keys) && (value == null || value instanceof BigDecimal)
                && stringOrAbsent(m.get("currency")) && stringOrAbsent(m.get("unit"))) {
            return new Amount(text, (BigDecimal) value, (String) m.get("currency"), (String) m.get("unit"));
        }
        if (DATE_KEYS.containsAll(keys) && stringOrAbsent(value)) {
            return new DateValue(text, (String) value);
        }
        return Collections.unmodifiableMap(m);
    }

    private static boolean isEntityType(String name) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stringOrAbsent(Object o) {
        return o == null || o instanceof String;
    }
}
