package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageContent;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures at general_ocr's size limit decoded within the module's half gigabyte of heap (see
 * its POM): one 16-bit 8192 × 8192 PNG is 400 MB of pixels when decoded whole, four at once 1.6 GB.
 */
class PictureMemoryTest
{
    private final DocumentReader reader = new DocumentReader(Path.of(System.getProperty("java.io.tmpdir")), OfdPackage.Limits.DEFAULT);

    @Test
    void fourSixteenBitPicturesOfTheLargestSizeAtOnceAreAllRead()
            throws Exception
    {
        byte[] png = HostileFiles.png(Pictures.MAX_SIDE, Pictures.MAX_SIDE, 16);
        long budget = DecodingMemory.available();
        ExecutorService requests = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> read = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                read.add(requests.submit(() -> describe(((PageContent.Raster) reader.read(new DocumentSource.Image(png)).content()).image())));
            }
            for (Future<String> picture : read) {
                // Subsampled to 16.7 megapixels, 8 bits a sample, the rows' grey ramp kept.
                assertThat(picture.get(2, TimeUnit.MINUTES)).isEqualTo("4096 × 4096, 8-bit, top 128, bottom 254");
            }
        }
        finally {
            requests.shutdownNow();
        }
        assertThat(DecodingMemory.available()).as("every reservation given back").isEqualTo(budget);
    }

    @Test
    void picturesWithinSixteenMegapixelsAreReadWhole()
    {
        assertThat(Pictures.subsampling(4032, 3024)).isEqualTo(1);
        assertThat(Pictures.subsampling(4096, 4096)).isEqualTo(1);
        assertThat(Pictures.subsampling(8064, 6048)).isEqualTo(2);
        assertThat(Pictures.subsampling(8192, 8192)).isEqualTo(2);
        assertThat(Pictures.subsampling(8192, 8191)).isEqualTo(2);
        assertThat(Pictures.subsampling(1000, 8192)).isEqualTo(1);
    }

    private static String describe(BufferedImage image)
    {
        int bits = image.getColorModel().getComponentSize(0);
        return "%d × %d, %d-bit, top %d, bottom %d".formatted(image.getWidth(), image.getHeight(), bits,
                image.getRGB(10, 0) & 0xFF, image.getRGB(10, image.getHeight() - 1) & 0xFF);
    }
}
