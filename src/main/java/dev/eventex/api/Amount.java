package dev.eventex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money amount or a quantity as written, with its numeric value.
 *
 * @param text     the surface string
 * @param value    optional numeric value (500000000 for "500 million")
 * @param currency optional ISO 4217 code, for money
 * @param unit     optional unit for non-money amounts ("tons", "books")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "value", "currency", "unit"})
public record Amount(String text, BigDecimal value, String currency, String unit) {

    /**
     * Checks the text is there and writes the value without a scale of its own ({@code 5E+8} as {@code 500000000}), so equal amounts compare equal.
     *
     * @param text     see {@link #text()}
     * @param value    see {@link #value()}
     * @param currency see {@link #currency()}
     * @param unit     see {@link #unit()}
     */
    public Amount {
        Objects.requireNonNull(text, "text");
        value = plain(value);
    }

    /**
     * A number with no negative scale (5E+8 becomes 500000000): the JSON writes numbers
     * plainly, so only such values read back equal. Lists are mapped element by element;
     * anything else is returned as is.
     */
    static <T> T plain(T v) {
        if (v instanceof BigDecimal d && d.scale() < 0) {
            @SuppressWarnings("unchecked")
            T t = (T) d.setScale(0);
            return t;
        }
        if (v instanceof java.util.List<?> l && l.stream().anyMatch(x -> x instanceof BigDecimal d && d.scale() < 0)) {
            @SuppressWarnings("unchecked")
            T t = (T) l.stream().map(Amount::plain).toList();
            return t;
        }
        return v;
    }
}
