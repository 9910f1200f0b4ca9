/**
 * Restoring plain SQL scripts without psql: {@link io.pgjdump.restore.Restore#run} with
 * {@link io.pgjdump.restore.RestoreOptions}, returning a {@link io.pgjdump.restore.RestoreResult}.
 * Reading the script lives in {@code script}, running it in {@code exec}; only this package is
 * meant for callers.
 */
package io.pgjdump.restore;
