package io.certscan.synthetic;

import io.certscan.domain.identifier.ResidentIdNumber;
import io.certscan.domain.identifier.SpecialOperationCertificateNumber;
import io.certscan.domain.identifier.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticSetTest
{
    @Test
    void theSameSeedAndIndexGiveTheSamePictureAndTruth()
    {
        SyntheticSample first = SyntheticSet.sample(7, 4);
        SyntheticSample again = SyntheticSet.sample(7, 4);

        assertThat(again.truth()).isEqualTo(first.truth());
        assertThat(pixels(again.image())).isEqualTo(pixels(first.image()));
        assertThat(SyntheticSet.sample(8, 4).truth()).isNotEqualTo(first.truth());
    }

    @Test
    void setCoversLevelsLayoutsTemplatesAndTwoCardPictures()
    {
        List<SyntheticSample> samples = SyntheticSet.generate(3, 24);

        assertThat(samples.stream().map(SyntheticSample::degradation).collect(Collectors.toSet())).containsExactlyInAnyOrder(Degradation.values());
        assertThat(samples.stream().map(SyntheticSample::layout).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(Layout.CLASSIC);
        assertThat(IntStream.range(0, 15).filter(index -> index % 3 == 0).mapToObj(index -> SyntheticSet.sample(3, index, Layout.REAL_LIKE).layout()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Layout.REAL_LIKE);
        assertThat(samples.stream().map(sample -> sample.truth().get(0).title()).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(samples.get(9).truth()).hasSize(2);
        assertThat(samples.get(19).truth()).hasSize(2);
        assertThat(samples.get(0).truth()).hasSize(1);
        assertThat(CertificateTemplate.ALL).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void degradedPicturesDifferFromTheCleanRender()
    {
        SyntheticSample clean = SyntheticSet.sample(5, 0);
        SyntheticSample photo = SyntheticSet.sample(5, 2);

        assertThat(clean.degradation()).isEqualTo(Degradation.CLEAN);
        assertThat(photo.degradation()).isEqualTo(Degradation.PHOTO_LIKE);
        assertThat(clean.image().getWidth()).isEqualTo(CardRenderer.WIDTH);
        assertThat(photo.image().getWidth()).isLessThan(CardRenderer.WIDTH);
    }

    @Test
    void generatedIdentifiersPassTheirStandardsChecks()
    {
        FakeData data = new FakeData(new Random(11));
        for (int i = 0; i < 50; i++) {
            assertThat(ResidentIdNumber.check(data.residentIdNumber()).isValid()).isTrue();
            assertThat(UnifiedSocialCreditCode.check(data.creditCode()).isValid()).isTrue();
        }
        Map<String, String> electrician = CertificateTemplate.ALL.get(0).fields().apply(data);
        assertThat(SpecialOperationCertificateNumber.check(electrician.get("证号")).isValid()).isTrue();
    }

    @Test
    void titlesAreDistinctCertificateKinds()
    {
        Set<String> titles = CertificateTemplate.ALL.stream().map(CertificateTemplate::title).collect(Collectors.toSet());

        assertThat(titles).hasSize(CertificateTemplate.ALL.size()).contains("低压电工证", "营业执照", "食品经营许可证", "专利证书", "增值税电子普通发票");
    }

    private static int[] pixels(BufferedImage image)
    {
        return IntStream.range(0, image.getHeight()).flatMap(y -> IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y))).toArray();
    }
}
