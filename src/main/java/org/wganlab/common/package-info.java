/** Small vocabulary shared by every layer: the stable names of enum choices. Pure Java. */
package org.wganlab.common;
