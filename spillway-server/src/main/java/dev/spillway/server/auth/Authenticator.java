package dev.spillway.server.auth;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies passwords off the event loop. Successful verifications are remembered for a short
 * time, keyed by account and a SHA-256 of the password, so a burst of reconnects from many
 * devices costs one slow hash each instead of one per connection. Failures are reported after
 * a delay that grows with recent failures for the same account and the same client address.
 */
public final class Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    /** Failures older than this no longer lengthen the delay. */
    private static final long FAILURE_WINDOW_NANOS = TimeUnit.MINUTES.toNanos(15);
    private static final int MAX_DELAY_FACTOR = 8;

    private final PasswordVerifier verifier;
    private final ExecutorService hashing;
    private final ScheduledExecutorService timer;
    private final long cacheTtlNanos;
    private final long failDelayNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, CachedLogin> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public Authenticator(PasswordVerifier verifier, ExecutorService hashing,
            ScheduledExecutorService timer, Duration cacheTtl, Duration failDelay) {
        this(verifier, hashing, timer, cacheTtl, failDelay, System::nanoTime);
    }

    Authenticator(PasswordVerifier verifier, ExecutorService hashing,
            ScheduledExecutorService timer, Duration cacheTtl, Duration failDelay,
            LongSupplier nanoClock) {
        this.verifier = verifier;
        this.hashing = hashing;
        this.timer = timer;
        this.cacheTtlNanos = cacheTtl.toNanos();
        this.failDelayNanos = failDelay.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Completes on some other thread; never blocks the caller. */
    public CompletableFuture<AuthResult> authenticate(String user, String password,
            InetAddress client) {
        String userKey = user.toLowerCase(Locale.ROOT);
        byte[] digest = digest(userKey, password);
        CachedLogin cached = cache.get(userKey);
        long now = nanoClock.getAsLong();
        if (cached != null && now - cached.createdNanos < cacheTtlNanos
                && MessageDigest.isEqual(cached.digest, digest)) {
            return CompletableFuture.completedFuture(
                    new AuthResult(AuthResult.Outcome.CACHED, cached.account));
        }
        CompletableFuture<AuthResult> result = new CompletableFuture<>();
        try {
            hashing.execute(() -> verify(user, userKey, password, digest, client, result));
        } catch (RejectedExecutionException e) {
            result.complete(new AuthResult(AuthResult.Outcome.ERROR, null));
        }
        return result;
    }

    /** Forgets cached logins of an account, e.g. after its password changed. */
    public void forget(String user) {
        cache.remove(user.toLowerCase(Locale.ROOT));
    }

    private void verify(String user, String userKey, String password, byte[] digest,
            InetAddress client, CompletableFuture<AuthResult> result) {
        String account;
        try {
            account = verifier.verify(user, password);
        } catch (Exception e) {
            LOG.error("password check failed for an internal reason", e);
            result.complete(new AuthResult(AuthResult.Outcome.ERROR, null));
            return;
        }
        long now = nanoClock.getAsLong();
        if (account != null) {
            cache.put(userKey, new CachedLogin(account, digest, now));
            if (cache.size() > 100_000) {
                cache.entrySet().removeIf(e -> now - e.getValue().createdNanos >= cacheTtlNanos);
            }
            failures.remove(addressKey(client));
            result.complete(new AuthResult(AuthResult.Outcome.SUCCESS, account));
            return;
        }
        int factor = Math.max(record("u:" + userKey, now), record(addressKey(client), now));
        long delay = failDelayNanos * Math.min(factor, MAX_DELAY_FACTOR);
        if (delay <= 0) {
            result.complete(AuthResult.failure());
        } else {
            timer.schedule(() -> result.complete(AuthResult.failure()), delay,
                    TimeUnit.NANOSECONDS);
        }
    }

    /** Records one failure under {@code key}; returns how many are recent, this one included. */
    private int record(String key, long now) {
        Failures updated = failures.compute(key, (k, old) ->
                old == null || now - old.lastNanos > FAILURE_WINDOW_NANOS
                        ? new Failures(1, now)
                        : new Failures(old.count + 1, now));
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> now - e.getValue().lastNanos > FAILURE_WINDOW_NANOS);
        }
        return updated.count;
    }

    private static String addressKey(InetAddress client) {
        return "a:" + (client == null ? "-" : client.getHostAddress());
    }

    private static byte[] digest(String userKey, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(userKey.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private record CachedLogin(String account, byte[] digest, long createdNanos) {
    }

    private record Failures(int count, long lastNanos) {
    }
}
