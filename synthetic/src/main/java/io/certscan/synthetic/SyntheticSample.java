package io.certscan.synthetic;

import java.awt.image.BufferedImage;
import java.util.List;

/** One generated picture and what is printed on it, card by card in reading order. */
public record SyntheticSample(String name, Degradation degradation, Layout layout, String font, BufferedImage image, List<TruthCard> truth)
{
    public SyntheticSample
    {
        truth = List.copyOf(truth);
    }
}
