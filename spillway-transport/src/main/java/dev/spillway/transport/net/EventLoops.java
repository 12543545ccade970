package dev.spillway.transport.net;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * The event loop groups of one process. Epoll is used when Netty's native transport loaded;
 * otherwise NIO. Event loops only move bytes: disk, database and password work runs elsewhere.
 */
public final class EventLoops implements AutoCloseable {
    private final boolean epoll;
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;

    public EventLoops(int workerThreads) {
        this.epoll = Epoll.isAvailable();
        IoHandlerFactory factory = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        this.acceptors = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("spillway-accept", true), factory);
        this.workers = new MultiThreadIoEventLoopGroup(
                workerThreads, new DefaultThreadFactory("spillway-io", true), factory);
    }

    public EventLoopGroup acceptors() {
        return acceptors;
    }

    public EventLoopGroup workers() {
        return workers;
    }

    public boolean epoll() {
        return epoll;
    }

    public Class<? extends ServerChannel> serverChannel() {
        return epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    public Class<? extends SocketChannel> clientChannel() {
        return epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    /** How often the server and the proxy measure each loop's backlog. */
    public static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    /** When they take the first measurement: after the JVM has warmed up. */
    public static final Duration PROBE_START = Duration.ofSeconds(10);

    /** The probe below, from {@link #PROBE_START} on, every {@link #PROBE_INTERVAL}. */
    public ScheduledFuture<?> probeDelay(ScheduledExecutorService timer, LongConsumer waits) {
        return probeDelay(timer, PROBE_START, PROBE_INTERVAL, waits);
    }

    /**
     * Every {@code every}, hands each worker loop a task that tells {@code waits} how long it
     * waited before the loop ran it, in nanoseconds: the loop's backlog, which every
     * connection on that loop feels. The first probe comes after {@code after}, so that the
     * stalls of a starting JVM (class loading, compilation) are not read as load. Returns the
     * schedule, to cancel it.
     */
    public ScheduledFuture<?> probeDelay(ScheduledExecutorService timer, Duration after,
            Duration every, LongConsumer waits) {
        long period = every.toNanos();
        return timer.scheduleAtFixedRate(() -> {
            for (EventExecutor loop : workers) {
                long queued = System.nanoTime();
                try {
                    loop.execute(() -> waits.accept(System.nanoTime() - queued));
                } catch (RejectedExecutionException shuttingDown) {
                    return; // the loops are stopping; nothing left to measure
                }
            }
        }, after.toNanos(), period, TimeUnit.NANOSECONDS);
    }

    /** Stops accepting, lets in-flight writes finish for up to {@code grace}, then stops. */
    public void shutdown(Duration grace) {
        long millis = grace.toMillis();
        acceptors.shutdownGracefully(0, millis, TimeUnit.MILLISECONDS);
        workers.shutdownGracefully(0, millis, TimeUnit.MILLISECONDS).awaitUninterruptibly();
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(2));
    }
}
