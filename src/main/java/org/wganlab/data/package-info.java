/**
 * Toy data: the reference generators (8 gaussians, 25 gaussians, swiss roll and classroom shapes),
 * point sets read from CSV, and the seeded random source everything else uses, whose state (and every
 * sampler's) can be saved and restored. Pure Java: no ND4J and
 * no JavaFX, so the data can be generated, validated and tested on its own.
 */
package org.wganlab.data;
