/**
 * Image experiments, for runs too long to watch live: {@link org.wganlab.image.ImageExperiment} (the
 * config), {@link org.wganlab.image.ImageTrainer} (one run, step by step through the shared
 * {@link org.wganlab.train.RunSteps}, every random draw a function of the seed and the step's counter), the yardsticks every logged row is read against, the
 * quality metric, checkpoints, the run folder and {@link org.wganlab.image.ImageSession}, which trains
 * the runs side by side and keeps the folder current. No threads and no printing: the command line
 * owns both.
 */
package org.wganlab.image;
