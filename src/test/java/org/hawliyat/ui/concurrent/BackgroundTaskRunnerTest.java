package org.hawliyat.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Work runs off the FX thread, one item after another; outcomes come back on the FX thread. */
@ExtendWith(ApplicationExtension.class) // starts the FX toolkit
class BackgroundTaskRunnerTest {

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void theResultArrivesOnTheFxThreadAfterWorkOffIt() throws Exception {
        CompletableFuture<Boolean> workOnFxThread = new CompletableFuture<>();
        CompletableFuture<String> delivered = new CompletableFuture<>();
        CompletableFuture<Boolean> deliveredOnFxThread = new CompletableFuture<>();
        runner.run(() -> {
            workOnFxThread.complete(Platform.isFxApplicationThread());
            return "done";
        }, result -> {
            deliveredOnFxThread.complete(Platform.isFxApplicationThread());
            delivered.complete(result);
        }, failure -> delivered.completeExceptionally(failure));
        assertThat(delivered.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(workOnFxThread.get()).isFalse();
        assertThat(deliveredOnFxThread.get()).isTrue();
    }

    @Test
    void aFailureArrivesOnTheFxThread() throws Exception {
        CompletableFuture<Throwable> failed = new CompletableFuture<>();
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        runner.run(() -> {
            throw new IllegalStateException("the disk is gone");
        }, result -> failed.complete(null), failure -> {
            onFxThread.complete(Platform.isFxApplicationThread());
            failed.complete(failure);
        });
        assertThat(failed.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class).hasMessage("the disk is gone");
        assertThat(onFxThread.get()).isTrue();
    }

    @Test
    void workRunsInTheOrderItWasAskedForAndRunAndWaitComesLast() {
        List<Integer> order = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            runner.run(() -> order.add(n), ignored -> { }, failure -> { });
        }
        runner.runAndWait(() -> order.add(99));
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 99);
    }
}
