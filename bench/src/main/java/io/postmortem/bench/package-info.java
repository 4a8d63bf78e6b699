/** Benchmarks; each records its command and results in docs/performance.md. */
package io.postmortem.bench;
