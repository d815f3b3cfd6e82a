package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Marker pictures at a new text size are drawn after the layout pass, not inside it: a snapshot
 * inside the pass lays the whole scene out from within it, and paragraphs re-wrapped by the same
 * text-size change kept their old word positions (words drawn over each other, seen on a display).
 */
@ExtendWith(ApplicationExtension.class)
class MarkerStampsTest {

    @Test
    void aNewMarkerSizeIsDrawnAfterThePassAndThenAsked() throws Exception {
        AtomicInteger relayouts = new AtomicInteger();
        MarkerStamps stamps = WaitForAsyncUtils.asyncFx(() -> new MarkerStamps(relayouts::incrementAndGet, () -> false)).get();
        Object[] duringThePass = WaitForAsyncUtils.asyncFx(() -> {
            stamps.use(1, 12);
            Image first = stamps.look("type-0", false, false);
            stamps.use(1, 18); // the text grew: this frame keeps the pictures it has
            // read here, on the FX thread: the redraw is queued after this task
            return new Object[] {first, stamps.look("type-0", false, false), relayouts.get()};
        }).get();
        assertThat(duringThePass[1]).isSameAs(duringThePass[0]);
        assertThat(((Image) duringThePass[0]).getWidth()).isEqualTo(12);
        assertThat(duringThePass[2]).as("no new layout asked for inside the pass").isEqualTo(0);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(relayouts).as("a new layout asked for once the pass is over").hasValue(1);
        Image redrawn = WaitForAsyncUtils.asyncFx(() -> {
            stamps.use(1, 18);
            return stamps.look("type-0", false, false);
        }).get();
        assertThat(redrawn.getWidth()).isEqualTo(18);
    }

    @Test
    void aNewScaleIsDrawnAtOnceForPrintPictures() throws Exception {
        MarkerStamps stamps = WaitForAsyncUtils.asyncFx(() -> new MarkerStamps(() -> { }, () -> false)).get();
        Image print = WaitForAsyncUtils.asyncFx(() -> {
            stamps.use(1, 12);
            stamps.look("type-0", false, false);
            stamps.use(3.125, 12); // render --dpi 300
            return stamps.look("type-0", false, false);
        }).get();
        assertThat(print.getWidth()).isEqualTo(Math.ceil(12 * 3.125));
    }

    @Test
    void onScreenAMissingLookIsDrawnAfterThePassNotInsideIt() throws Exception {
        AtomicInteger relayouts = new AtomicInteger();
        MarkerStamps stamps = WaitForAsyncUtils.asyncFx(() -> new MarkerStamps(relayouts::incrementAndGet, () -> true)).get();
        Object[] duringThePass = WaitForAsyncUtils.asyncFx(() -> {
            stamps.use(1, 12);
            return new Object[] {stamps.look("type-1", true, false), relayouts.get()};
        }).get();
        assertThat(duringThePass[0]).as("no snapshot inside the layout pass").isNull();
        assertThat(duringThePass[1]).isEqualTo(0);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(relayouts).as("a new layout asked for once the look is drawn").hasValue(1);
        Image drawn = WaitForAsyncUtils.asyncFx(() -> stamps.look("type-1", true, false)).get();
        assertThat(drawn).isNotNull();
        assertThat(drawn.getWidth()).isEqualTo(12);
    }
}
