package org.hawliyat.ui.timeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.NodeOrientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.text.DateStyle;
import org.hawliyat.timeline.LaneMode;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.timeline.TimelineItem;

/**
 * The interactive timeline: events on a time axis in lanes, zoomable from centuries to days,
 * right-to-left aware. This class holds state only; {@link TimelineSkin} draws it, styled by
 * {@code timeline.css}.
 *
 * <p>Positions are computed in time order from the start edge; the direction of time is set once,
 * by this control's {@link NodeOrientation}: inherited from the scene (the interface language) unless
 * {@link #timeDirectionProperty()} overrides it. Keys follow time: in right-to-left, ← goes later.
 */
public class TimelineView extends Control {

    static final String STYLESHEET = Objects.requireNonNull(
            TimelineView.class.getResource("/css/timeline.css")).toExternalForm();

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data", TimelineData.EMPTY);
    private final ObjectProperty<TimeRange> visibleRange = new SimpleObjectProperty<>(this, "visibleRange");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.AR);
    private final ObjectProperty<DateStyle> dateStyle = new SimpleObjectProperty<>(this, "dateStyle", DateStyle.DEFAULT);
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.BY_TYPE);
    private final ObjectProperty<TimeDirection> timeDirection =
            new SimpleObjectProperty<>(this, "timeDirection", TimeDirection.FOLLOW_LANGUAGE);
    private final BooleanProperty hijriAxis = new SimpleBooleanProperty(this, "hijriAxis", false);
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final BooleanProperty printed = new SimpleBooleanProperty(this, "printed", false);
    private final ObjectProperty<TimelineMessages> messages =
            new SimpleObjectProperty<>(this, "messages", TimelineMessages.ENGLISH);
    private final ObjectProperty<Consumer<Event>> onOpenEvent = new SimpleObjectProperty<>(this, "onOpenEvent");
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();
    private final ObjectProperty<java.util.Set<String>> matchingEvents = new SimpleObjectProperty<>(this, "matchingEvents");
    private final javafx.beans.property.DoubleProperty pictureScale =
            new javafx.beans.property.SimpleDoubleProperty(this, "pictureScale", 0);
    private final ReadOnlyDoubleWrapper drawnWidth = new ReadOnlyDoubleWrapper(this, "drawnWidth", 0);
    private Consumer<TimeRange> motion;

    // Sizes from the stylesheet (timeline.css sets them in em, so that they follow the text size).
    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private final StyleableProperty<Number> rowHeight =
            CSS.createStyleableNumberProperty(this, "rowHeight", "-tl-row-height", v -> v.rowHeight, 26);
    private final StyleableProperty<Number> minRowHeight =
            CSS.createStyleableNumberProperty(this, "minRowHeight", "-tl-min-row-height", v -> v.minRowHeight, 19);
    private final StyleableProperty<Number> markerSize =
            CSS.createStyleableNumberProperty(this, "markerSize", "-tl-marker-size", v -> v.markerSize, 12);
    private final StyleableProperty<Number> axisRowHeight =
            CSS.createStyleableNumberProperty(this, "axisRowHeight", "-tl-axis-row-height", v -> v.axisRowHeight, 21);
    private final StyleableProperty<Number> periodRowHeight =
            CSS.createStyleableNumberProperty(this, "periodRowHeight", "-tl-period-row-height", v -> v.periodRowHeight, 18);

    public TimelineView() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        timeDirection.addListener((o, before, after) -> setNodeOrientation(after.orientation()));
        setNodeOrientation(getTimeDirection().orientation());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    // ------------------------------------------------------------------ actions

    /** Zooms in (factor above 1) or out around a point at a distance from the start edge. */
    public void zoomBy(double factor, double anchorX) {
        TimeScale scale = currentScale();
        if (scale != null) {
            moveTo(scale.zoomed(factor, anchorX).visible());
        }
    }

    public void zoomIn() {
        zoomAroundMiddle(1.6);
    }

    public void zoomOut() {
        zoomAroundMiddle(1 / 1.6);
    }

    private void zoomAroundMiddle(double factor) {
        TimeScale scale = currentScale();
        if (scale != null) {
            // keep the selected event in place when it is on screen, else the middle
            double anchor = scale.width() / 2;
            TimelineItem selected = getData().item(getSelectedEvent() == null ? null : getSelectedEvent().id()).orElse(null);
            if (selected != null) {
                double x = scale.x(selected.start());
                if (x >= 0 && x <= scale.width()) {
                    anchor = x;
                }
            }
            zoomBy(factor, anchor);
        }
    }

    /** Shows every event. */
    public void zoomToFit() {
        moveTo(fitRange());
    }

    /** The range that shows every event with a margin. */
    public TimeRange fitRange() {
        return getData().extent().padded(0.04);
    }

    /** Shows this range (clamped to the zoom limits), animated when {@link #animatedProperty()} is on. */
    public void zoomTo(TimeRange range) {
        moveTo(range);
    }

    /** Moves the view by a distance; positive toward later times. */
    public void panBy(double dx) {
        TimeScale scale = currentScale();
        if (scale != null) {
            setVisibleRange(scale.panned(dx).visible());
        }
    }

    /** Selects the next event in time order (the first, when none is selected). */
    public void selectNext() {
        step(1);
    }

    public void selectPrevious() {
        step(-1);
    }

    public void selectFirst() {
        if (!getData().isEmpty()) {
            select(getData().items().get(0));
        }
    }

    public void selectLast() {
        if (!getData().isEmpty()) {
            select(getData().items().get(getData().items().size() - 1));
        }
    }

    private void step(int direction) {
        TimelineData d = getData();
        if (d.isEmpty()) {
            return;
        }
        int order = d.item(getSelectedEvent() == null ? null : getSelectedEvent().id())
                .map(TimelineItem::order).orElse(direction > 0 ? -1 : d.items().size());
        int next = Math.max(0, Math.min(d.items().size() - 1, order + direction));
        select(d.items().get(next));
    }

    private void select(TimelineItem item) {
        setSelectedEvent(item.event());
        revealSelected();
    }

    /** Pans (without zooming) so that the selected event is on screen; an event already on screen stays where it is. */
    public void revealSelected() {
        TimeScale scale = currentScale();
        TimelineItem item = getData().item(getSelectedEvent() == null ? null : getSelectedEvent().id()).orElse(null);
        if (scale == null || item == null) {
            return;
        }
        double x = scale.x(item.start());
        double edge = Math.min(REVEAL_MARGIN, scale.width() / 8);
        if (x < edge || x > scale.width() - edge) {
            moveTo(new TimeRange(item.start() - scale.visible().length() / 2,
                    item.start() + scale.visible().length() / 2));
        }
    }

    /** Moves the view (animated when animation is on) so that the selected event is in the middle. */
    public void centreSelected() {
        TimeScale scale = currentScale();
        TimelineItem item = getData().item(getSelectedEvent() == null ? null : getSelectedEvent().id()).orElse(null);
        if (scale == null || item == null) {
            return;
        }
        double middle = (item.start() + item.end()) / 2;
        moveTo(new TimeRange(middle - scale.visible().length() / 2, middle + scale.visible().length() / 2));
    }

    /** How close to an edge an event may be before revealing it moves the view. */
    private static final double REVEAL_MARGIN = 16;

    /** Asks for the detail of the selected event (Enter, double click). */
    public void openSelected() {
        if (getSelectedEvent() != null && getOnOpenEvent() != null) {
            getOnOpenEvent().accept(getSelectedEvent());
        }
    }

    private void moveTo(TimeRange target) {
        Consumer<TimeRange> how = motion;
        if (how == null) {
            setVisibleRange(target);
        } else {
            how.accept(target);
        }
    }

    /** How the view moves to a range: the skin installs its animation; with none (null) the view jumps. */
    void setMotion(Consumer<TimeRange> how) {
        motion = how;
    }

    /**
     * The view as it is now: the visible range (which earlier actions in this pulse may have moved
     * already) over the drawn width, so that actions between two frames add up; null before the
     * first frame.
     */
    TimeScale currentScale() {
        double width = getDrawnWidth();
        if (width <= 0) {
            return null;
        }
        return TimeScale.showing(getVisibleRange() == null ? fitRange() : getVisibleRange(), width);
    }

    /** Whether time runs right to left here, as laid out now. */
    public boolean isTimeRightToLeft() {
        return getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    }

    // ------------------------------------------------------------------ properties

    public final ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    public final TimelineData getData() {
        return data.get();
    }

    public final void setData(TimelineData value) {
        data.set(value == null ? TimelineData.EMPTY : value);
    }

    /** What is on screen; {@code null} until first shown, when the view fits every event. */
    public final ObjectProperty<TimeRange> visibleRangeProperty() {
        return visibleRange;
    }

    public final TimeRange getVisibleRange() {
        return visibleRange.get();
    }

    public final void setVisibleRange(TimeRange value) {
        visibleRange.set(value);
    }

    public final ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public final Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public final void setSelectedEvent(Event value) {
        selectedEvent.set(value);
    }

    public final ObjectProperty<Language> languageProperty() {
        return language;
    }

    public final Language getLanguage() {
        return language.get();
    }

    public final void setLanguage(Language value) {
        language.set(value);
    }

    public final ObjectProperty<DateStyle> dateStyleProperty() {
        return dateStyle;
    }

    public final DateStyle getDateStyle() {
        return dateStyle.get();
    }

    public final void setDateStyle(DateStyle value) {
        dateStyle.set(value == null ? DateStyle.DEFAULT : value);
    }

    public final ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public final LaneMode getLaneMode() {
        return laneMode.get();
    }

    public final void setLaneMode(LaneMode value) {
        laneMode.set(value);
    }

    public final ObjectProperty<TimeDirection> timeDirectionProperty() {
        return timeDirection;
    }

    public final TimeDirection getTimeDirection() {
        return timeDirection.get();
    }

    public final void setTimeDirection(TimeDirection value) {
        timeDirection.set(value == null ? TimeDirection.FOLLOW_LANGUAGE : value);
    }

    /** Whether a second axis row shows the Hijri (Umm al-Qura) calendar. */
    public final BooleanProperty hijriAxisProperty() {
        return hijriAxis;
    }

    public final boolean isHijriAxis() {
        return hijriAxis.get();
    }

    public final void setHijriAxis(boolean value) {
        hijriAxis.set(value);
    }

    /**
     * Drawn for paper (handouts): every lane with all its rows of labels at the comfortable height,
     * the control as tall as that takes (its preferred height), and no collapse arrows, which
     * nobody can click on paper.
     */
    public final BooleanProperty printedProperty() {
        return printed;
    }

    public final boolean isPrinted() {
        return printed.get();
    }

    public final void setPrinted(boolean value) {
        printed.set(value);
    }

    /** Whether zooms animate; off for pictures and tests. */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    public final boolean isAnimated() {
        return animated.get();
    }

    public final void setAnimated(boolean value) {
        animated.set(value);
    }

    public final ObjectProperty<TimelineMessages> messagesProperty() {
        return messages;
    }

    public final TimelineMessages getMessages() {
        return messages.get();
    }

    public final void setMessages(TimelineMessages value) {
        messages.set(value == null ? TimelineMessages.ENGLISH : value);
    }

    public final ObjectProperty<Consumer<Event>> onOpenEventProperty() {
        return onOpenEvent;
    }

    public final Consumer<Event> getOnOpenEvent() {
        return onOpenEvent.get();
    }

    public final void setOnOpenEvent(Consumer<Event> value) {
        onOpenEvent.set(value);
    }

    /**
     * Pixels per layout pixel for the markers' pictures: 0 (the default) follows the window's
     * screen; a picture exported at a larger scale sets it so that markers stay sharp.
     */
    public final javafx.beans.property.DoubleProperty pictureScaleProperty() {
        return pictureScale;
    }

    public final double getPictureScale() {
        return pictureScale.get();
    }

    public final void setPictureScale(double value) {
        pictureScale.set(value);
    }

    /** Keys of the lanes drawn collapsed (markers only, one row). */
    /**
     * The ids of the events that match the filters and search, when the others are shown dimmed
     * rather than hidden; null (the default) when every event matches.
     */
    public final ObjectProperty<java.util.Set<String>> matchingEventsProperty() {
        return matchingEvents;
    }

    public final java.util.Set<String> getMatchingEvents() {
        return matchingEvents.get();
    }

    public final void setMatchingEvents(java.util.Set<String> ids) {
        matchingEvents.set(ids);
    }

    public final ObservableSet<String> getCollapsedLanes() {
        return collapsedLanes;
    }

    /** The width the time axis was last drawn across (the control less the lane names); 0 before the first frame. */
    public final ReadOnlyDoubleProperty drawnWidthProperty() {
        return drawnWidth.getReadOnlyProperty();
    }

    public final double getDrawnWidth() {
        return drawnWidth.get();
    }

    void setDrawnWidth(double width) {
        drawnWidth.set(width);
    }

    // ------------------------------------------------------------------ sizes from the stylesheet

    /** The height of a lane's row when there is room ({@code -tl-row-height}); rows shrink to fit. */
    @SuppressWarnings("unchecked")
    public final ObservableValue<Number> rowHeightProperty() {
        return (ObservableValue<Number>) rowHeight;
    }

    public final double getRowHeight() {
        return rowHeight.getValue().doubleValue();
    }

    /**
     * The least height of a lane's row ({@code -tl-min-row-height}): rows shrink down to it to fit
     * the lanes in, and below it the lanes scroll.
     */
    @SuppressWarnings("unchecked")
    public final ObservableValue<Number> minRowHeightProperty() {
        return (ObservableValue<Number>) minRowHeight;
    }

    public final double getMinRowHeight() {
        return minRowHeight.getValue().doubleValue();
    }

    /** The size of an event's marker ({@code -tl-marker-size}). */
    @SuppressWarnings("unchecked")
    public final ObservableValue<Number> markerSizeProperty() {
        return (ObservableValue<Number>) markerSize;
    }

    public final double getMarkerSize() {
        return markerSize.getValue().doubleValue();
    }

    /** The height of a row of the axis ({@code -tl-axis-row-height}): major labels, minor labels, Hijri. */
    @SuppressWarnings("unchecked")
    public final ObservableValue<Number> axisRowHeightProperty() {
        return (ObservableValue<Number>) axisRowHeight;
    }

    public final double getAxisRowHeight() {
        return axisRowHeight.getValue().doubleValue();
    }

    /** The height of a row of the period strip ({@code -tl-period-row-height}). */
    @SuppressWarnings("unchecked")
    public final ObservableValue<Number> periodRowHeightProperty() {
        return (ObservableValue<Number>) periodRowHeight;
    }

    public final double getPeriodRowHeight() {
        return periodRowHeight.getValue().doubleValue();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
