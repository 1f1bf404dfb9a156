package id.go.kemendagri.siap.shipped;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps a screenshot of every open browser when a test fails, under {@code target/shipped/failures/}. */
final class FailureScreenshots implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        var name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9_.-]+", "_");
        var index = 0;
        for (var browser : Chromium.OPEN) {
            try {
                browser.screenshot(ShippedApp.TARGET.resolve("shipped/failures").resolve(name + "-" + browser.width()
                        + "px-" + index++ + ".png"));
            } catch (RuntimeException e) {
                System.err.println("No screenshot of a failed test's browser: " + e);
            }
        }
    }
}
