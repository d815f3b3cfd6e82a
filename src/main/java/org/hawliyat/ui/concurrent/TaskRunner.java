package org.hawliyat.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands its outcome back on the FX thread. Views go through
 * this instead of creating threads, so that tests can swap in a synchronous runner.
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Runs {@code work} in the background, then calls exactly one of {@code onSuccess} (with its
     * result) or {@code onFailure} (with what it threw) on the FX thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Runs {@code work} after all work submitted before it, waiting for it to finish; for shutting
     * down, when the result is no longer for the screen (for example to close the store on the
     * thread that used it).
     */
    void runAndWait(Runnable work);

    /** Stops accepting work; work already running may finish. */
    @Override
    void close();
}
