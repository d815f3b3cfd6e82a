package org.hawliyat.ui.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Reuses nodes from frame to frame: a frame takes what it needs and the rest are hidden. Creating
 * and styling nodes, and laying out their text (shaping Arabic above all), is what costs in
 * JavaFX, so a timeline of any size keeps only about as many nodes as one screen shows. Nodes
 * taken with a key (an event, a tick) go back to the same key in the next frame, so while the view
 * pans or zooms a key keeps its node, and its text, style and tooltip need no change. A pool may
 * also keep a few nodes of keys that just left the view, hidden, for when they come back (zooming
 * in and out again); each hidden node costs a little on every frame, so only a few.
 */
final class NodePool<T extends Node> {

    private final Pane parent;
    private final Supplier<T> factory;
    private final int keptAfterUse;
    private final List<T> all = new ArrayList<>();
    private final Deque<T> free = new ArrayDeque<>();
    private Map<Object, T> previous = new HashMap<>();
    private Map<Object, T> current = new HashMap<>();
    /** Hidden nodes of keys that left the view, oldest first. */
    private final LinkedHashMap<Object, T> kept = new LinkedHashMap<>();

    NodePool(Pane parent, Supplier<T> factory) {
        this(parent, factory, 0);
    }

    /** @param keptAfterUse how many hidden nodes of keys that left the view to keep for their return */
    NodePool(Pane parent, Supplier<T> factory, int keptAfterUse) {
        this.parent = parent;
        this.factory = factory;
        this.keptAfterUse = keptAfterUse;
    }

    void begin() {
        Map<Object, T> swap = previous;
        previous = current;
        current = swap;
        current.clear();
        free.clear();
        Set<T> held = Collections.newSetFromMap(new IdentityHashMap<>());
        held.addAll(previous.values());
        held.addAll(kept.values());
        for (T node : all) {
            if (!held.contains(node)) {
                free.add(node);
            }
        }
    }

    /** A node for this frame, with no key: any free one. */
    T next() {
        return take(null);
    }

    /** The node this key had last frame (or kept since), if any; else a free one. */
    T next(Object key) {
        return take(key);
    }

    private T take(Object key) {
        T node = null;
        if (key != null) {
            node = previous.remove(key);
            if (node == null) {
                node = kept.remove(key);
            }
        }
        if (node == null) {
            node = free.pollFirst();
        }
        if (node == null && !kept.isEmpty()) {
            Iterator<T> oldest = kept.values().iterator(); // rather than grow: the longest gone
            node = oldest.next();
            oldest.remove();
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
        if (!node.isVisible()) {
            node.setVisible(true);
        }
        return node;
    }

    void end() {
        for (Map.Entry<Object, T> left : previous.entrySet()) {
            left.getValue().setVisible(false);
            if (keptAfterUse > 0) {
                kept.put(left.getKey(), left.getValue());
            }
        }
        previous.clear();
        while (kept.size() > keptAfterUse) {
            Iterator<T> oldest = kept.values().iterator();
            oldest.next();
            oldest.remove(); // hidden already; free from the next frame on
        }
        for (T node : free) {
            if (node.isVisible()) {
                node.setVisible(false);
            }
        }
    }
}
