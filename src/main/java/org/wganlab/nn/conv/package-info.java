/**
 * The image networks: the WGAN-GP paper's convolutional critic and generator for 28 x 28 or 32 x 32
 * images, behind the same {@link org.wganlab.nn.Critic} and {@link org.wganlab.nn.Generator} contracts
 * as the toy MLPs, so the Lipschitz methods and the optimisers serve both unchanged. Unlike the MLP's
 * passes, which call OpenBLAS on host memory, every pass here is libnd4j's convolution operations
 * (conv2d and its backward, conv2d_bp) on the loaded backend's memory, so the same code runs on the
 * CPU and CUDA backends. The critic's penalty gradient is exact double backprop, checked against
 * finite differences.
 */
package org.wganlab.nn.conv;
