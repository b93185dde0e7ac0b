/**
 * Which ND4J backend runs the numbers, CPU or CUDA, and a one-line report of it; how its native
 * threads wait and how they are scheduled.
 *
 * <p>ND4J picks its backend once per process, when its factory class first initialises, by the
 * priority of the backends it finds on the class path (CUDA over CPU). A GPU that cannot run this
 * build is only discovered when the first kernel fails, mid-run. So {@link
 * org.wganlab.nn.backend.Backends#start} settles the choice before any ND4J use: when CUDA is wanted it
 * first runs a small check computation in a separate JVM, and if that fails it hides the CUDA backend
 * from ND4J so that this process starts on the CPU, with the reason kept in the report.
 *
 * <p>The native threads' settings live here too ({@link org.wganlab.nn.backend.NativeThreads}):
 * OpenMP's wait policy, which must be set before ND4J's native library starts, and the lower
 * scheduling priority of the training thread.
 */
package org.wganlab.nn.backend;
