package dev.eventex.event;

import dev.eventex.api.Amount;
import dev.eventex.api.Argument;
import dev.eventex.api.DateValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The value of one role of a firing or an assembled event. Sealed, so that every consumer
 * (merging, gating, explaining, JSON building) sees a closed set of kinds,
 * and a new kind is a compile error until it implements what consumers ask of a value
 * ({@link #elements()}, {@link #parties()}, {@link #toApi()}), instead of a silent miss in a chain
 * of {@code instanceof} tests on {@code Object}. (Java 17 has no pattern {@code switch}; the
 * kind-specific behaviour lives in the records, the compiler checks every kind has it.)
 *
 * <p>The kinds: one party ({@link Arg}), several ({@link Parties}), a date ({@link Date}), a sum
 * or measure ({@link Money}), a count ({@link Count}), a text span ({@link Text}), several texts
 * ({@link Texts}), and, only while a firing is filled, one value per event it states
 * ({@link Listed}).
 */
public sealed interface RoleValue permits Arg, RoleValue.Parties, RoleValue.Plain, RoleValue.Texts, Listed {

    /** A single value that is not a party: a date, a sum, a count or a text. */
    sealed interface Plain extends RoleValue permits Date, Money, Count, Text {
        @Override
        default List<RoleValue> elements() {
            return List.of(this);
        }

        @Override
        default List<Arg> parties() {
            return List.of();
        }
    }

    /**
     * The parties of a list role, in text order.
     *
     * @param args the parties
     */
    record Parties(List<Arg> args) implements RoleValue {
        /** Copies the list. */
        public Parties {
            args = List.copyOf(args);
        }

        @Override
        public List<RoleValue> elements() {
            return List.copyOf(args);
        }

        @Override
        public List<Arg> parties() {
            return args;
        }

        @Override
        public Object toApi() {
            return EventAssembler.arguments(args);
        }
    }

    /**
     * A date as written and as normalized.
     *
     * @param date the date
     */
    record Date(DateValue date) implements Plain {
        /** Requires the date. */
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public Object toApi() {
            return date;
        }
    }

    /**
     * A sum of money or a measured quantity.
     *
     * @param amount the amount
     */
    record Money(Amount amount) implements Plain {
        /** Requires the amount. */
        public Money {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Object toApi() {
            return amount;
        }
    }

    /**
     * A count ("30 tablets": 30).
     *
     * @param value the number
     */
    record Count(BigDecimal value) implements Plain {
        /** Requires the number. */
        public Count {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object toApi() {
            return value;
        }
    }

    /**
     * A text span (an item, a kind word, a purpose).
     *
     * @param text the text
     */
    record Text(String text) implements Plain {
        /** Requires the text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object toApi() {
            return text;
        }
    }

    /**
     * Several text spans (the topics of a meeting).
     *
     * @param texts the texts, in text order
     */
    record Texts(List<String> texts) implements RoleValue {
        /** Copies the list. */
        public Texts {
            texts = List.copyOf(texts);
        }

        @Override
        public List<RoleValue> elements() {
            return texts.stream().map(t -> (RoleValue) new Text(t)).toList();
        }

        @Override
        public List<Arg> parties() {
            return List.of();
        }

        @Override
        public Object toApi() {
            return texts;
        }
    }

    /** The date of {@code d}, or null when {@code d} is null. */
    static RoleValue of(DateValue d) {
        return d == null ? null : new Date(d);
    }

    /** The sum {@code a}, or null when {@code a} is null. */
    static RoleValue of(Amount a) {
        return a == null ? null : new Money(a);
    }

    /** The count {@code n}, or null when {@code n} is null. */
    static RoleValue of(BigDecimal n) {
        return n == null ? null : new Count(n);
    }

    /** The text {@code s}, or null when {@code s} is null. */
    static RoleValue of(String s) {
        return s == null ? null : new Text(s);
    }

    /** The topics {@code l}, or null when {@code l} is null. */
    static RoleValue texts(List<String> l) {
        return l == null ? null : new Texts(l);
    }

    /** The single values this value holds: the members of a list, else the value itself. */
    List<RoleValue> elements();

    /** The parties this value holds: the party, the members of a list (or of a listed value), else none. */
    List<Arg> parties();

    /**
     * The value as the public records hold it ({@link Argument}, list of Argument, {@link DateValue},
     * {@link Amount}, {@link BigDecimal}, String, list of String).
     *
     * @return the public value
     * @throws IllegalStateException for a {@link Listed} value, which firings expand before any event is built
     */
    Object toApi();
}
