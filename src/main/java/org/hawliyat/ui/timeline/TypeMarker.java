package org.hawliyat.ui.timeline;

import javafx.scene.layout.Region;

/**
 * A type's colour and shape, as the timeline draws it, for use beside the timeline (the detail
 * pane's type badge), so that a type looks the same wherever it appears.
 */
public final class TypeMarker extends Region {

    /** @param typeIndex the type's position in the catalogue's type order, or -1 for an unknown type */
    public TypeMarker(int typeIndex) {
        getStyleClass().addAll("type-marker", TimelineNodes.typeClass(typeIndex));
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.STYLESHEET;
    }
}
