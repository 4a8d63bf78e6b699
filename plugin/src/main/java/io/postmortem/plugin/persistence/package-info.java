/**
 * Storage in Jira's database through Active Objects. One entity interface per table; entities never leave their
 * repository (repositories answer the core's records). See docs/persistence.md for the conventions and for how a
 * schema change is made (frozen entity copies and numbered upgrade tasks).
 */
package io.postmortem.plugin.persistence;
