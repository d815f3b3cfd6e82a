package org.hawliyat.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread: for tests, which then see the finished screen as soon
 * as the call returns. Called from the FX thread it keeps the promise that outcomes arrive there.
 */
public final class SynchronousTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runAndWait(Runnable work) {
        work.run();
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
