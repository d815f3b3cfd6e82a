package org.hawliyat.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The real runner: one daemon worker thread, results delivered with {@link Platform#runLater}.
 * One thread, not a pool, because the store's single database connection is used by one thread
 * at a time, and because work then runs in the order it was asked for.
 */
public final class BackgroundTaskRunner implements TaskRunner {

    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "hawliyat-background");
        thread.setDaemon(true); // never keeps the application alive after its window closed
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) { // every failure must reach the screen, not vanish here
                Platform.runLater(() -> onFailure.accept(failure));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void runAndWait(Runnable work) {
        Future<?> done = worker.submit(work);
        try {
            done.get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("background work failed", e.getCause());
        } catch (TimeoutException e) {
            done.cancel(true);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
