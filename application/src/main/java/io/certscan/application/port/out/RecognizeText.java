package io.certscan.application.port.out;

import java.awt.image.BufferedImage;

/**
 * An OCR engine: finds the lines of text in a picture, upright, in the coordinates of the picture
 * turned as the engine turned it to read it.
 */
public interface RecognizeText
{
    RecognizedText recognize(BufferedImage image);
}
