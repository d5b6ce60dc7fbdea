package io.certscan.application.port.out;

import io.certscan.domain.text.TextLine;

import java.awt.image.BufferedImage;
import java.util.List;

/** An OCR engine: finds the lines of text in a picture, upright, in the picture's pixel coordinates. */
public interface RecognizeText
{
    List<TextLine> recognize(BufferedImage image);
}
