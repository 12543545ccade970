package dev.spillway.transport.codec;

import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with Netty's leak detector tracking every buffer, and restores the level
 * afterwards. It complements the reference counts that {@link Wire} checks: it also names where
 * a buffer nobody tracked was allocated, when the collector finds it.
 */
final class ParanoidLeakDetection implements BeforeAllCallback, AfterAllCallback {

    private ResourceLeakDetector.Level previous;

    @Override
    public void beforeAll(ExtensionContext context) {
        previous = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ResourceLeakDetector.setLevel(previous);
    }
}
