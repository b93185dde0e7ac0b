/**
 * The image experiment as the desktop app drives it: {@link org.wganlab.image.live.ImageLab} owns one
 * image experiment and its run folder, {@link org.wganlab.image.live.ImageDecisions} decides what each
 * {@link org.wganlab.train.Command} does (the transport, through the toy session's
 * {@link org.wganlab.train.Transport}, the latent walk, and the toy mode's live
 * edits of method parameters, learning rates and n_critic, decided by
 * {@link org.wganlab.image.live.LiveEdit}), a run is made ready in two announced rounds
 * ({@link org.wganlab.image.live.RunStartup}: the data, then the networks), and it trains through
 * {@link org.wganlab.image.ImageSession} (so the folder is written exactly as the {@code image}
 * command writes it) or follows a folder another process writes, read-only
 * ({@link org.wganlab.image.live.FolderWatch}, its checkpoints read once per change for every view
 * of them: {@link org.wganlab.image.live.FolderCheckpoints}). It publishes immutable
 * {@link org.wganlab.image.live.ImageSnapshot}s of plain numbers and pixels, among them the latent
 * walk every run's generator drew ({@link org.wganlab.image.live.WalkPictures}, drawn once per round,
 * the newest walk asked for). It runs on {@link org.wganlab.train.TrainingLoop}'s thread; no threads
 * and no JavaFX here.
 */
package org.wganlab.image.live;
