/**
 * Networks: the critic and generator contracts every architecture implements, and the MLP with its
 * exact double backprop, whose passes run on native memory it allocates once (matrix products in
 * OpenBLAS, element-wise steps as Java loops). Nothing here knows about training loops, data sets or
 * user interfaces.
 */
package org.wganlab.nn;
