package io.certscan.domain.catalogue;

import io.certscan.domain.certificate.Certificate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The certificate types certscan knows, and which one a certificate is: the type one of whose
 * titles the printed title contains, the longest such title winning (低压电工证 is a 特种作业操作证,
 * 食品生产许可证 is not a 食品经营许可证). A certificate no type claims is unclassified and still
 * gets the generic rules.
 */
public final class CertificateCatalogue
{
    private final List<CertificateType> types;

    public CertificateCatalogue(List<CertificateType> types)
    {
        this.types = List.copyOf(requireNonNull(types, "types is null"));
        Set<String> ids = new HashSet<>();
        for (CertificateType type : this.types) {
            if (!ids.add(type.id())) {
                throw new IllegalArgumentException("two certificate types have the id '" + type.id() + "'");
            }
        }
    }

    public static CertificateCatalogue empty()
    {
        return new CertificateCatalogue(List.of());
    }

    public List<CertificateType> types()
    {
        return types;
    }

    public Optional<CertificateType> classify(Certificate certificate)
    {
        String title = certificate.title().orElse("");
        return types.stream()
                .filter(type -> type.matchLength(title) > 0)
                .max(Comparator.comparingInt(type -> type.matchLength(title)));
    }

    /**
     * This catalogue with the types of another added: a type with an id this one has replaces it
     * (a company's pack may redefine 营业执照), new ids are appended.
     */
    public CertificateCatalogue with(List<CertificateType> more)
    {
        List<CertificateType> merged = new ArrayList<>(types);
        for (CertificateType type : more) {
            merged.removeIf(existing -> existing.id().equals(type.id()));
            merged.add(type);
        }
        return new CertificateCatalogue(merged);
    }
}
