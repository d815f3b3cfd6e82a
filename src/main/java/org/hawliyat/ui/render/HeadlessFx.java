package org.hawliyat.ui.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display, on Monocle's headless platform with software rendering (the
 * same settings as the tests), and runs work on its thread. Pictures drawn this way are what the
 * window shows: same controls, same stylesheet, same fonts.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Starts the toolkit once per process; must run before any other JavaFX use. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException e) {
            if (!String.valueOf(e.getMessage()).contains("already initialized")) {
                throw e; // after Platform.exit the toolkit cannot start again in this process
            }
            ready.complete(null); // the toolkit is up already (tests, or the app itself): use it
        }
        Platform.setImplicitExit(false);
        ready.join();
        started = true;
    }

    /** Runs work on the FX thread and waits for its result. */
    public static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) { // already there (the window's synchronous runner in tests): waiting would block it
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("drawing took more than five minutes", e);
        }
    }
}
