/**
 * Networks: the critic and generator contracts every architecture implements, and the MLP with its
 * exact double backprop. Nothing here knows about training loops, data sets or user interfaces.
 */
package org.wganlab.nn;
