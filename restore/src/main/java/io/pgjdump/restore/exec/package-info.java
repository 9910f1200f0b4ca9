/**
 * Running a script: statements in file order on one main connection, runs of COPY blocks and of
 * index and key statements across the jobs, session settings replayed on every job connection,
 * the error policy, and clean's drops.
 */
package io.pgjdump.restore.exec;
