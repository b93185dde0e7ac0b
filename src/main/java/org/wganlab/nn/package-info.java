/**
 * Networks: the critic and generator contracts every architecture implements, and the MLP with its
 * exact double backprop, whose passes run on native memory it allocates once (matrix products in
 * OpenBLAS, element-wise steps as Java loops); each network says where its arrays live
 * ({@link org.wganlab.nn.NetworkMemory}), so that code serving both families reads the conv networks'
 * arrays only through ND4J (a CUDA backend's host copies can be stale). Nothing here knows about training loops, data sets or
 * user interfaces.
 */
package org.wganlab.nn;
