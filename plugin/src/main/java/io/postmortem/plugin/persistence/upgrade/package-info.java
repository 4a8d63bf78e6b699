/**
 * Schema versions. {@code v<N>} holds frozen copies of the entities as model version N left them (they never change
 * again) and the task that upgrades data to version N ({@code Upgrade<N>...Task}, listed as {@code <upgradeTask>} in
 * the {@code <ao>} module). See docs/persistence.md, "Changing the schema".
 */
package io.postmortem.plugin.persistence.upgrade;
