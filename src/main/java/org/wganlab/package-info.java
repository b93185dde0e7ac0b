/**
 * WGAN Lab: the launcher. {@link org.wganlab.Main} starts the desktop app without arguments and the
 * command line with them, after {@link org.wganlab.nn.backend.NativeThreads} has made OpenMP wait
 * without spinning. Nothing depends on this package.
 */
package org.wganlab;
