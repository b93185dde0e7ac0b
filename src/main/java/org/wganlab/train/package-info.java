/**
 * Training: immutable experiment configs (the {@link org.wganlab.train.Experiment} contract both
 * network families share), {@link org.wganlab.train.RunSteps} (how one iteration trains, for every
 * family: critic steps, generator step, stop checks, divergence, the log) over the small
 * {@link org.wganlab.train.RunFamily} interface that supplies batches, noise and measurements, the toy
 * family's single-threaded {@link org.wganlab.train.Trainer} of one run, the measurements a run takes
 * of itself, the immutable snapshots it publishes for views and files, and the files of a toy run's folder
 * ({@link org.wganlab.train.RunFiles}, written with the export package's tables and figures). {@link org.wganlab.train.TrainingSession} owns an experiment's state and decides on the
 * {@link org.wganlab.train.Command}s a view proposes, its Play, Pause, steps and pace through the
 * {@link org.wganlab.train.Transport} the image session uses too; it also hands over its whole trained state
 * ({@link org.wganlab.train.SessionState}: networks, optimisers, curves and every random stream) and
 * goes on from one exactly as it would have. Threads live only in the training engine;
 * everything else runs on its caller's thread.
 */
package org.wganlab.train;
