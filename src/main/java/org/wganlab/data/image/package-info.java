/**
 * Image data for the image mode: the IDX files of MNIST and Fashion-MNIST (gzipped or not) and folders
 * of pictures, read into {@link org.wganlab.data.image.ImageSet}s with pixel values in [0, 1]. Pure
 * Java, like the rest of the data package: a file that cannot be used is reported as a
 * {@link org.wganlab.data.DataFormatException} naming the file and what is wrong.
 */
package org.wganlab.data.image;
