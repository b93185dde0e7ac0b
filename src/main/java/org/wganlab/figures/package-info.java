/**
 * The WGAN-GP paper's Figure 1 (a, b, c) and the WGAN-div paper's r(x) comparison, reproduced on the
 * toy engine: each figure trains its runs, renders a publication-style image, keeps the data behind
 * every subplot as tables, and measures the paper's claims as numbers with thresholds. Pure engine
 * code (no JavaFX, no printing); the command line and the app decide where the results go.
 *
 * <p>Sources of the facts the figures rely on: Gulrajani et al., "Improved Training of Wasserstein
 * GANs", NeurIPS 2017 (arXiv 1704.00028), Figure 1 and Section 3, and its released toy code
 * (gan_toy.py: 8 gaussians, 25 gaussians, swiss roll, 3 x 512 ReLU networks, batch 256, lambda 10 in
 * the paper); Arjovsky et al., "Wasserstein GAN" (arXiv 1701.07875: clipping c = 0.01, RMSProp 5e-5);
 * Wu et al., "Wasserstein Divergence for GANs", ECCV 2018 (arXiv 1712.01026: k = 2, p = 6 and the six
 * sampling choices r(x) of its Table 2).
 */
package org.wganlab.figures;
