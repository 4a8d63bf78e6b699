package io.postmortem.sandbox.browser;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/** Waits for a page's script to have done something: polls the condition until it holds or time runs out. */
final class Eventually {
    private static final Duration LIMIT = Duration.ofSeconds(15);

    private Eventually() {
    }

    static void holds(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (NoSuchElementException | StaleElementReferenceException notYet) {
                // the page is still being drawn
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("Waited " + LIMIT.toSeconds() + " s for: " + what);
    }
}
