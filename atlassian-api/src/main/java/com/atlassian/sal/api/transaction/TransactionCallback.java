package com.atlassian.sal.api.transaction;

/**
 * SAL's callback for work that must run inside one transaction; a {@link RuntimeException} thrown from
 * {@link #doInTransaction()} makes the caller roll the transaction back.
 * <p>
 * Source: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html
 * (interface, single method {@code doInTransaction()}, pre-generic form returning {@code Object}). The generic form
 * {@code TransactionCallback<T>} is verified through its use in
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
 * ({@code <T> T doInTransaction(TransactionCallback<T> callback)}). Both forms erase to
 * {@code ()Ljava/lang/Object;}, so the descriptor is the same. Not verified against a SAL 6.x/7.x javadoc page.
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}
