/**
 * Training: immutable experiment configs, the single-threaded {@link org.wganlab.train.Trainer} of one
 * run, the measurements a run takes of itself, and the immutable snapshots it publishes for views and
 * files. Threads live only in the training engine; everything else runs on its caller's thread.
 */
package org.wganlab.train;
