/**
 * The Lipschitz methods: weight clipping, gradient penalties (two- and one-sided), the Wasserstein
 * divergence with its six choices of r(x), spectral normalisation, and no constraint, each one small
 * class behind {@link org.wganlab.method.LipschitzMethod}, configured by the immutable
 * {@link org.wganlab.method.MethodConfig} records.
 */
package org.wganlab.method;
