package org.hawliyat.ui.common;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DigitStyle;
import org.hawliyat.text.MonthNaming;
import org.hawliyat.timeline.LaneMode;
import org.hawliyat.ui.timeline.TimeDirection;

/**
 * The reader's choices for the timeline and for dates everywhere: lanes, Hijri row, month names,
 * digits and the direction of time. Each is saved as soon as it changes.
 */
public final class TimelineSettings {

    private static final String LANES = "timeline.lanes";
    private static final String HIJRI = "timeline.hijri";
    private static final String DIRECTION = "timeline.direction";
    private static final String MONTHS = "dates.months";
    private static final String DIGITS = "dates.digits";

    private final ObjectProperty<LaneMode> laneMode;
    private final BooleanProperty hijriAxis;
    private final ObjectProperty<TimeDirection> timeDirection;
    private final ObjectProperty<DateStyle> dateStyle;

    TimelineSettings(Preferences node) {
        laneMode = new SimpleObjectProperty<>(this, "laneMode", read(node, LANES, LaneMode.BY_TYPE));
        hijriAxis = new SimpleBooleanProperty(this, "hijriAxis", node.getBoolean(HIJRI, false));
        timeDirection = new SimpleObjectProperty<>(this, "timeDirection",
                read(node, DIRECTION, TimeDirection.FOLLOW_LANGUAGE));
        dateStyle = new SimpleObjectProperty<>(this, "dateStyle", new DateStyle(
                read(node, MONTHS, MonthNaming.GREGORIAN), read(node, DIGITS, DigitStyle.WESTERN)));
        laneMode.addListener((o, before, after) -> save(node, LANES, after.name()));
        hijriAxis.addListener((o, before, after) -> {
            node.putBoolean(HIJRI, after);
            UiPreferences.flush(node);
        });
        timeDirection.addListener((o, before, after) -> save(node, DIRECTION, after.name()));
        dateStyle.addListener((o, before, after) -> {
            node.put(MONTHS, after.months().name());
            save(node, DIGITS, after.digits().name());
        });
    }

    private static <E extends Enum<E>> E read(Preferences node, String key, E fallback) {
        try {
            return Enum.valueOf(fallback.getDeclaringClass(), node.get(key, fallback.name()));
        } catch (IllegalArgumentException e) {
            return fallback; // a value from another version: use the default
        }
    }

    private static void save(Preferences node, String key, String value) {
        node.put(key, value);
        UiPreferences.flush(node);
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public BooleanProperty hijriAxisProperty() {
        return hijriAxis;
    }

    public ObjectProperty<TimeDirection> timeDirectionProperty() {
        return timeDirection;
    }

    public ObjectProperty<DateStyle> dateStyleProperty() {
        return dateStyle;
    }
}
