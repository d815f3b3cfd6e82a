package org.hawliyat.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.hawliyat.ui.text.WrappedText;
import org.testfx.api.FxRobot;

/** What a window shows, read the way the window tests read it. */
public final class WindowTexts {

    private WindowTexts() {
    }

    /** The texts of the labels and paragraphs under this node, in scene-graph order (call on the FX thread). */
    public static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(Node node, List<String> into) {
        if (node instanceof WrappedText paragraph) {
            into.add(paragraph.getText());
        } else if (node instanceof Label label) {
            into.add(label.getText());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    /** The menu bar's item with this id, at any depth. */
    public static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        List<MenuItem> pending = new ArrayList<>(bar.getMenus());
        while (!pending.isEmpty()) {
            MenuItem item = pending.remove(0);
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu menu) {
                pending.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id + " among " + Set.of(bar.getMenus()));
    }
}
