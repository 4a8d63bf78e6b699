package io.postmortem.testkit.ao;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens one database per test class (closed when the class is done) and empties it before each test. Used through
 * {@link ActiveObjectsTestCase}.
 */
public final class ActiveObjectsExtension implements BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ActiveObjectsExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ActiveObjectsTestCase test = (ActiveObjectsTestCase) context.getRequiredTestInstance();
        ExtensionContext classContext = context.getParent().orElseThrow();
        OpenDatabase open = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(
                OpenDatabase.class,
                key -> new OpenDatabase(test.database().open(context.getRequiredTestClass().getSimpleName())),
                OpenDatabase.class);
        open.database().reset();
        test.attach(open.database());
    }

    private record OpenDatabase(AoDatabase database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            database.close();
        }
    }
}
