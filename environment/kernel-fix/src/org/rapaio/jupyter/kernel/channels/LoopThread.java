package org.rapaio.jupyter.kernel.channels;

/**
 * Drop-in replacement for rapaio-jupyter-kernel 3.0.1's {@code LoopThread} (same name, same members), placed ahead
 * of the kernel jar on the kernel's class path.
 *
 * <p>The original {@code start()} calls {@code Thread.start()} and only then sets {@code running = true}. When the new
 * thread reaches {@code while (running)} first, it sees {@code false} and exits at once: that channel (shell, control,
 * heartbeat, ...) never serves a message and the client waits forever. Setting the flag before the thread starts
 * closes the race; {@code Thread.start()} makes the write visible to the new thread.
 */
public final class LoopThread extends Thread {

    private volatile boolean running;
    private final long sleep;
    private final Runnable loopBody;

    /**
     * @param name     thread name
     * @param sleep    pause between two runs of {@code loopBody}, in milliseconds
     * @param loopBody one poll of the channel's socket
     */
    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.running = false;
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            loopBody.run();
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    /** Asks the loop to stop after its current iteration. */
    public void shutdown() {
        running = false;
    }
}
