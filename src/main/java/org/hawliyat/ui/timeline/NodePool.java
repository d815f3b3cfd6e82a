package org.hawliyat.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Reuses nodes from frame to frame: a frame takes what it needs and the rest are hidden. Creating
 * and styling nodes is what costs in JavaFX, so a timeline of any size keeps only as many nodes
 * as one screen has ever shown.
 */
final class NodePool<T extends Node> {

    private final Pane parent;
    private final Supplier<T> factory;
    private final List<T> nodes = new ArrayList<>();
    private int used;

    NodePool(Pane parent, Supplier<T> factory) {
        this.parent = parent;
        this.factory = factory;
    }

    void begin() {
        used = 0;
    }

    T next() {
        T node;
        if (used < nodes.size()) {
            node = nodes.get(used);
        } else {
            node = factory.get();
            node.setManaged(false);
            nodes.add(node);
            parent.getChildren().add(node);
        }
        used++;
        node.setVisible(true);
        return node;
    }

    void end() {
        for (int i = used; i < nodes.size(); i++) {
            nodes.get(i).setVisible(false);
        }
    }

    /** The nodes in use this frame, in the order taken. */
    List<T> inUse() {
        return nodes.subList(0, used);
    }
}
