package org.hawliyat.timeline;

/**
 * Maps time to a distance from the timeline's start edge, for a visible range drawn across a
 * width. Positions are logical (time order); mirroring for right-to-left happens once, at the
 * scene root. Zoom and pan return new scales clamped to what the timeline allows: from
 * {@link #MAX_SPAN_DAYS} (centuries) down to {@link #MIN_SPAN_DAYS} across the view.
 */
public record TimeScale(TimeRange visible, double width) {

    /** About three days across the whole view: single days stay readable. */
    public static final double MIN_SPAN_DAYS = 3;
    /** A thousand years across the whole view. */
    public static final double MAX_SPAN_DAYS = 365.2425 * 1000;

    public TimeScale {
        if (!(width > 0)) {
            throw new IllegalArgumentException("the width must be positive: " + width);
        }
    }

    public double pxPerDay() {
        return width / visible.length();
    }

    /** Distance of a time from the start edge. */
    public double x(double day) {
        return (day - visible.start()) * pxPerDay();
    }

    /** The time at a distance from the start edge. */
    public double day(double x) {
        return visible.start() + x / pxPerDay();
    }

    /** Zooms by a factor (above 1 zooms in) keeping the time under {@code anchorX} where it is. */
    public TimeScale zoomed(double factor, double anchorX) {
        double anchorDay = day(anchorX);
        double span = clampSpan(visible.length() / factor);
        double share = anchorX / width;
        double start = anchorDay - span * share;
        return new TimeScale(clampPosition(start, span), width);
    }

    /** Moves the view by a distance: positive moves toward later times. */
    public TimeScale panned(double dx) {
        double shift = dx / pxPerDay();
        return new TimeScale(clampPosition(visible.start() + shift, visible.length()), width);
    }

    /** The same visible time over another width (the view was resized). */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(visible, newWidth);
    }

    /** A scale showing this range, clamped to the allowed spans. */
    public static TimeScale showing(TimeRange range, double width) {
        double span = clampSpan(range.length());
        double start = range.middle() - span / 2;
        return new TimeScale(clampPosition(start, span), width);
    }

    private static double clampSpan(double span) {
        return Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, span));
    }

    private static TimeRange clampPosition(double start, double span) {
        double s = Math.max(TimeRange.MIN_DAY, Math.min(TimeRange.MAX_DAY - span, start));
        return new TimeRange(s, s + span);
    }
}
