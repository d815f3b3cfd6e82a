package org.hawliyat.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;

/**
 * A three-way merge of an event, field by field ({@link EventFields} names), against the version
 * an editor's form was opened at: {@code base} (the event as opened), {@code mine} (the form) and
 * {@code theirs} (what another editor stored meanwhile). A field only they changed keeps their
 * value; a field only I changed takes mine; a field both changed to different values is a
 * {@link Conflict}, for the editor to choose. Countries are compared as a set: their order means nothing.
 */
public final class FieldMerge {

    /** Whose value a conflicting field takes. */
    public enum Side { MINE, THEIRS }

    /** A field both editors changed, differently. */
    public record Conflict(String field, String base, String mine, String theirs) {
    }

    private final Event theirs;
    private final List<String> mineOnly = new ArrayList<>();
    private final List<String> theirsOnly = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<String, String> mineValues;

    /** The merge of these versions; {@code theirs} must exist (an event in the trash is not merged into). */
    public FieldMerge(Event base, Event mine, Event theirs) {
        this.theirs = Objects.requireNonNull(theirs, "theirs");
        Map<String, String> baseValues = EventFields.of(Objects.requireNonNull(base, "base"));
        mineValues = EventFields.of(Objects.requireNonNull(mine, "mine"));
        Map<String, String> theirValues = EventFields.of(theirs);
        Map<String, String> b = comparable(baseValues);
        Map<String, String> m = comparable(mineValues);
        Map<String, String> t = comparable(theirValues);
        for (String field : EventFields.NAMES) {
            boolean iChanged = !Objects.equals(b.get(field), m.get(field));
            boolean theyChanged = !Objects.equals(b.get(field), t.get(field));
            if (iChanged && theyChanged && !Objects.equals(m.get(field), t.get(field))) {
                conflicts.add(new Conflict(field, baseValues.get(field), mineValues.get(field),
                        theirValues.get(field)));
            } else if (iChanged && !Objects.equals(m.get(field), t.get(field))) {
                mineOnly.add(field);
            } else if (theyChanged && !iChanged) {
                theirsOnly.add(field);
            }
        }
    }

    /** The fields only I changed: they take my values. */
    public List<String> mineOnly() {
        return List.copyOf(mineOnly);
    }

    /** The fields only the other editor changed: they keep theirs. */
    public List<String> theirsOnly() {
        return List.copyOf(theirsOnly);
    }

    /** The fields both changed differently, in {@link EventFields#NAMES} order. */
    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /**
     * The merged event, to save over theirs: their version, with my changes applied and each
     * conflicting field from the side chosen for it.
     *
     * @throws IllegalArgumentException when a conflicting field has no choice
     */
    public Event merged(Map<String, Side> choices) {
        Map<String, String> values = new LinkedHashMap<>();
        mineOnly.forEach(field -> values.put(field, mineValues.get(field)));
        for (Conflict conflict : conflicts) {
            Side side = choices.get(conflict.field());
            if (side == null) {
                throw new IllegalArgumentException("no choice for the field \"" + conflict.field() + "\"");
            }
            if (side == Side.MINE) {
                values.put(conflict.field(), conflict.mine());
            }
        }
        // EventFields.with treats an empty value as "clear the field", as a missing one
        values.replaceAll((field, value) -> value == null ? "" : value);
        return EventFields.with(theirs, values).withVersion(theirs.version(), theirs.modified());
    }

    /** Whether the merge needs no choice: no field was changed differently by both. */
    public boolean isClean() {
        return conflicts.isEmpty();
    }

    private static final Set<String> SETS = Set.of("countries");

    private static Map<String, String> comparable(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        for (String field : SETS) {
            String value = out.get(field);
            out.put(field, value == null ? null : String.join("\n", value.lines().distinct().sorted().toList()));
        }
        return out;
    }
}
