/**
 * Small pieces shared by every layer: the stable names of enum choices, turn-taking, and the one way
 * files are written ({@link org.wganlab.common.AtomicFiles}: complete or not at all, and never over
 * what is not a regular file) with its two failures. Pure Java.
 */
package org.wganlab.common;
