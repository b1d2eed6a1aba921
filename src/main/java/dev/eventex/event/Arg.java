package dev.eventex.event;

import dev.eventex.api.Entity;
import dev.eventex.entity.EntityMention;

/**
 * A role filler found in the text: a mention, the entity it is linked to (or null), and the
 * type reported in the output.
 */
public record Arg(String text, int start, int end, EntityMention mention, Entity entity, String type) implements RoleValue {

    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^the\\s+");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Identity for merging: the entity id, else the normalized text. */
    public String key() {
        if (entity != null) {
            return entity.id();
        }
        return WHITESPACE.matcher(LEADING_THE.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceFirst("")).replaceAll(" ");
    }

    @Override
    public java.util.List<RoleValue> elements() {
        return java.util.List.of(this);
    }

    @Override
    public java.util.List<Arg> parties() {
        return java.util.List.of(this);
    }

    @Override
    public Object toApi() {
        return EventAssembler.argument(this);
    }

    /**
     * Canonical name: the entity's name when linked, else the text without a leading article (a
     * group's full name when the entity stage gave one: "envoys from North Korea").
     */
    public String name() {
        if (entity != null) {
            return entity.name();
        }
        String written = mention != null && mention.kind() == dev.eventex.entity.MentionKind.GROUP && mention.key() != null ? mention.key() : text;
        return written.replaceFirst("^(?i:the)\\s+", "");
    }
}
