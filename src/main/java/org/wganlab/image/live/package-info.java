/**
 * The image experiment as the desktop app drives it: {@link org.wganlab.image.live.ImageLab} owns one
 * image experiment and its run folder, decides what each transport {@link org.wganlab.train.Command}
 * does, trains through {@link org.wganlab.image.ImageSession} (so the folder is written exactly as the
 * {@code image} command writes it) or follows a folder another process writes, read-only, and
 * publishes immutable {@link org.wganlab.image.live.ImageSnapshot}s of plain numbers and pixels,
 * among them the latent walk every run's generator drew ({@link org.wganlab.image.live.WalkPictures},
 * drawn once per round, the newest walk asked for). It
 * runs on {@link org.wganlab.train.TrainingLoop}'s thread; no threads and no JavaFX here.
 */
package org.wganlab.image.live;
