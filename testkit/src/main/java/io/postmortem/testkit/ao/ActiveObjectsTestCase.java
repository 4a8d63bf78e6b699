package io.postmortem.testkit.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every test that needs Active Objects. Write the tests once in an abstract subclass, then add one tiny
 * concrete class per database, so reports name the database:
 * <pre>{@code
 * abstract class AoThingStoreContract extends ActiveObjectsTestCase { @Test void saves() { ... ao ... } }
 * class AoThingStoreOnH2Test extends AoThingStoreContract {
 *     @Override protected TestDatabase database() { return TestDatabase.H2; } }
 * class AoThingStoreOnPostgresTest extends AoThingStoreContract {
 *     @Override protected TestDatabase database() { return TestDatabase.POSTGRESQL; } }
 * class AoThingStoreOnMySqlTest extends AoThingStoreContract {
 *     @Override protected TestDatabase database() { return TestDatabase.MYSQL; } }
 * }</pre>
 * (and {@code OnMySqlCaseInsensitiveTest} with {@link TestDatabase#MYSQL_CASE_INSENSITIVE} for repository contracts).
 * Each concrete class gets its own database (on PostgreSQL and MariaDB: a new database on the JVM's one server); before each
 * test every plugin table is dropped, so each test migrates what it needs and starts empty.
 */
@ExtendWith(ActiveObjectsExtension.class)
public abstract class ActiveObjectsTestCase {

    /** The service under test, fresh for each test. */
    protected ActiveObjects ao;

    /** The database behind {@link #ao}, for checks beneath the library (table names, raw SQL). */
    protected AoDatabase database;

    /** Which database this concrete class runs on. */
    protected abstract TestDatabase database();

    void attach(AoDatabase attached) {
        this.database = attached;
        this.ao = attached.activeObjects();
    }
}
