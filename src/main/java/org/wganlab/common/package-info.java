/** Small pieces shared by every layer: the stable names of enum choices, turn-taking. Pure Java. */
package org.wganlab.common;
