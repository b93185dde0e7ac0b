/**
 * The image mode's window: per run the sample grid from fixed noise, a header of its numbers, its
 * editor (folded away until Settings shows it) and its two histograms, real images beside them, a
 * history slider over the run folder's saved grids, the latent walk (ends picked by clicks on grid
 * cells, a slider between them) and the shared charts under a movable divider. The grids are sized by
 * layout ({@code TileBody}, {@code CrispGrid}) to the room
 * the window leaves them.
 * {@link org.wganlab.ui.image.ImageModel} proposes commands to the image session
 * ({@link org.wganlab.image.live.ImageLab}) and takes its newest snapshot once per frame from a
 * latest-wins mailbox; the views draw that snapshot and nothing else.
 */
package org.wganlab.ui.image;
