package dev.eventex.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several values found for a role that holds one ("donated 30 tablets and 5 laptops", "handed
 * over equipment to A and B"): the firing states one event per value. Values of roles listed
 * together (the items and their quantities) pair up in order; lists of different lengths
 * combine.
 *
 * @param values the values, in text order (an element may be null: "laptops" with no amount)
 */
record Listed(List<RoleValue> values) implements RoleValue {

    Listed {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override
    public List<RoleValue> elements() {
        return List.of(this);
    }

    @Override
    public List<Arg> parties() {
        List<Arg> out = new ArrayList<>();
        for (RoleValue v : values) {
            if (v instanceof Arg a) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public Object toApi() {
        throw new IllegalStateException("a listed value is expanded into one firing per value before events are built");
    }

    /** A listed value when there are several, the value itself when one, null when none. */
    static RoleValue of(List<? extends RoleValue> values) {
        if (values.isEmpty() || values.stream().allMatch(java.util.Objects::isNull)) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : new Listed(new ArrayList<>(values));
    }

    /** The role maps of the events a firing states: one per listed value (roles without nulls). */
    static List<Map<String, RoleValue>> expand(Map<String, RoleValue> roles) {
        Map<Integer, List<String>> bySize = new TreeMap<>();
        roles.forEach((k, v) -> {
            if (v instanceof Listed l) {
                bySize.computeIfAbsent(l.values().size(), n -> new ArrayList<>()).add(k);
            }
        });
        List<Map<String, RoleValue>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>(roles));
        for (Map.Entry<Integer, List<String>> group : bySize.entrySet()) {
            List<Map<String, RoleValue>> next = new ArrayList<>();
            for (Map<String, RoleValue> base : out) {
                for (int i = 0; i < group.getKey(); i++) {
                    Map<String, RoleValue> one = new LinkedHashMap<>(base);
                    for (String role : group.getValue()) {
                        RoleValue v = ((Listed) roles.get(role)).values().get(i);
                        if (v == null) {
                            one.remove(role);
                        } else {
                            one.put(role, v);
                        }
                    }
                    next.add(one);
                }
            }
            out = next;
        }
        return out;
    }
}
