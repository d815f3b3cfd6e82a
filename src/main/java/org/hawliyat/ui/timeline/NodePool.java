package org.hawliyat.ui.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Reuses nodes from frame to frame: a frame takes what it needs and the rest are hidden. Creating
 * and styling nodes is what costs in JavaFX, so a timeline of any size keeps only as many nodes
 * as one screen has ever shown. Nodes taken with a key (an event) go back to the same key in the
 * next frame, so while the view pans or zooms an event keeps its node, and its text, style and
 * tooltip need no change.
 */
final class NodePool<T extends Node> {

    private final Pane parent;
    private final Supplier<T> factory;
    private final List<T> all = new ArrayList<>();
    private final Deque<T> free = new ArrayDeque<>();
    private Map<Object, T> previous = new HashMap<>();
    private Map<Object, T> current = new HashMap<>();
    private final List<T> inUse = new ArrayList<>();

    NodePool(Pane parent, Supplier<T> factory) {
        this.parent = parent;
        this.factory = factory;
    }

    void begin() {
        Map<Object, T> swap = previous;
        previous = current;
        current = swap;
        current.clear();
        free.clear();
        java.util.Set<T> held = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        held.addAll(previous.values());
        for (T node : all) {
            if (!held.contains(node)) {
                free.add(node);
            }
        }
        inUse.clear();
    }

    /** A node for this frame, with no key: any free one. */
    T next() {
        return take(null);
    }

    /** The node this key had last frame, if any; else a free one. */
    T next(Object key) {
        return take(key);
    }

    private T take(Object key) {
        T node = key == null ? null : previous.remove(key);
        if (node == null) {
            node = free.pollFirst();
        }
        if (node == null) {
            node = factory.get();
            node.setManaged(false);
            all.add(node);
            parent.getChildren().add(node);
        }
        if (key != null) {
            current.put(key, node); // found again by its key next frame
        }
        inUse.add(node);
        node.setVisible(true);
        return node;
    }

    void end() {
        for (T node : previous.values()) {
            node.setVisible(false);
        }
        for (T node : free) {
            node.setVisible(false);
        }
        previous.clear();
    }

    /** The nodes in use this frame, in the order taken. */
    List<T> inUse() {
        return inUse;
    }
}
