/**
 * Training: immutable experiment configs, the single-threaded {@link org.wganlab.train.Trainer} of one
 * run, the measurements a run takes of itself, and the immutable snapshots it publishes for views and
 * files. {@link org.wganlab.train.TrainingSession} owns an experiment's state and decides on the
 * {@link org.wganlab.train.Command}s a view proposes; it also hands over its whole trained state
 * ({@link org.wganlab.train.SessionState}: networks, optimisers, curves and every random stream) and
 * goes on from one exactly as it would have. Threads live only in the training engine;
 * everything else runs on its caller's thread.
 */
package org.wganlab.train;
