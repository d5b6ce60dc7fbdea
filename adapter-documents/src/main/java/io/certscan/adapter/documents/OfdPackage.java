package io.certscan.adapter.documents;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An OFD package (a zip archive) unpacked into a temporary folder of its own, safely: the entry
 * count and the bytes actually inflated are capped (the sizes an archive declares are not
 * trusted), entries whose path would leave the folder are refused, and XML with a document type
 * declaration is refused (OFD needs none; it is how entity expansion and external entities get
 * in). {@link #close()} removes the folder, whatever happened.
 *
 * <p>Some producers write package paths in a letter case other than the one the package holds
 * ({@code TPLS/Tpl_0} for {@code Tpls/Tpl_0}): a location that is missing but matches exactly one
 * file when case is ignored is given a copy of that file under the name asked for, so the page
 * reads as its producer meant.
 */
final class OfdPackage
        implements AutoCloseable
{
    /** How much an OFD package may unpack to. */
    record Limits(int maxEntries, long maxUnpackedBytes)
    {
        /** An e-invoice unpacks to about 100 KB; a scanned multi-page licence to a few MB. */
        static final Limits DEFAULT = new Limits(4096, 128L * 1024 * 1024);

        Limits
        {
            if (maxEntries < 1 || maxUnpackedBytes < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** Elements whose text is a package location, besides every {@code BaseLoc} attribute. */
    private static final Set<String> LOCATION_ELEMENTS = Set.of("DocRoot", "PublicRes", "DocumentRes", "MediaFile", "FileLoc",
            "Signatures", "Annotations", "Attachments", "CustomTags", "Extensions", "FontFile", "SignedValue", "Seal");

    private final Path folder;

    private OfdPackage(Path folder)
    {
        this.folder = folder;
    }

    Path folder()
    {
        return folder;
    }

    static OfdPackage unpack(byte[] bytes, Path temporaryRoot, Limits limits)
    {
        Path folder;
        try {
            folder = Files.createTempDirectory(temporaryRoot, "certscan-ofd-");
        }
        catch (IOException e) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "cannot create a temporary folder for the OFD package", e);
        }
        OfdPackage unpacked = new OfdPackage(folder);
        try {
            unpacked.extract(bytes, limits);
            unpacked.repairLetterCase();
            if (!Files.isRegularFile(unpacked.root().resolve("OFD.xml"))) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not an OFD package: the archive has no OFD.xml");
            }
            return unpacked;
        }
        catch (RuntimeException failure) {
            unpacked.close();
            throw failure;
        }
    }

    private void extract(byte[] bytes, Limits limits)
    {
        Path archive = folder.resolve("package.zip");
        Path root = folder.resolve("package");
        try {
            Files.write(archive, bytes);
            Files.createDirectory(root);
            try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
                if (zip.size() > limits.maxEntries()) {
                    throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "the OFD package has %d entries; at most %d are accepted".formatted(zip.size(), limits.maxEntries()));
                }
                long budget = limits.maxUnpackedBytes();
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path target = inside(root, entry.getName());
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                        budget -= copyWithin(in, out, budget, limits.maxUnpackedBytes());
                    }
                    if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                        refuseDocumentTypes(target, entry.getName());
                    }
                }
            }
            Files.delete(archive);
        }
        catch (ZipException | IllegalArgumentException notZip) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not an OFD package: not a readable zip archive", notZip);
        }
        catch (IOException e) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the OFD package could not be unpacked: " + e.getMessage(), e);
        }
    }

    /** The unpacked package's root folder (OFD.xml is in it). */
    Path root()
    {
        return folder.resolve("package");
    }

    private static Path inside(Path root, String name)
    {
        String normalised = name.replace('\\', '/');
        Path target = root.resolve(normalised).normalize();
        if (normalised.startsWith("/") || normalised.contains(":") || !target.startsWith(root) || target.equals(root)) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the OFD package has an entry outside its folder: " + printable(name));
        }
        return target;
    }

    private static long copyWithin(InputStream in, OutputStream out, long budget, long limit)
            throws IOException
    {
        byte[] buffer = new byte[16384];
        long copied = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            copied += read;
            if (copied > budget) {
                throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "the OFD package unpacks to more than %d MiB".formatted(limit / (1024 * 1024)));
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    private static void refuseDocumentTypes(Path xml, String name)
            throws IOException
    {
        String text = new String(Files.readAllBytes(xml), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the OFD package's " + printable(name) + " declares a document type, which OFD does not use");
        }
    }

    /** Gives each location that differs from a packaged file only in letter case a copy under the name asked for. */
    private void repairLetterCase()
    {
        Path root = root();
        Map<String, List<Path>> byLowerCase = new HashMap<>();
        List<Path> xmlFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                byLowerCase.computeIfAbsent(root.relativize(file).toString().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(file);
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    xmlFiles.add(file);
                }
            });
        }
        catch (IOException | UncheckedIOException e) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the OFD package could not be read back", e);
        }
        for (Path xml : xmlFiles) {
            for (String location : locations(xml)) {
                for (Path wanted : candidates(root, xml, location)) {
                    if (Files.exists(wanted)) {
                        break;
                    }
                    List<Path> matches = byLowerCase.getOrDefault(root.relativize(wanted).toString().toLowerCase(Locale.ROOT), List.of());
                    if (matches.size() == 1) {
                        try {
                            Files.createDirectories(wanted.getParent());
                            Files.copy(matches.get(0), wanted, StandardCopyOption.REPLACE_EXISTING);
                        }
                        catch (IOException e) {
                            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the OFD package could not be prepared", e);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** Where a location may point: from the package root when absolute, else beside the XML that names it, or from the root. */
    private static List<Path> candidates(Path root, Path xml, String location)
    {
        String path = location.strip().replace('\\', '/');
        List<Path> candidates = new ArrayList<>();
        if (path.isEmpty() || path.contains(":")) {
            return candidates;
        }
        if (!path.startsWith("/")) {
            candidates.add(xml.getParent().resolve(path).normalize());
        }
        candidates.add(root.resolve(path.replaceFirst("^/+", "")).normalize());
        candidates.removeIf(candidate -> !candidate.startsWith(root) || candidate.equals(root));
        return candidates;
    }

    private static List<String> locations(Path xml)
    {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> locations = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                StringBuilder text = null;
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            for (int i = 0; i < reader.getAttributeCount(); i++) {
                                if (reader.getAttributeLocalName(i).equals("BaseLoc")) {
                                    locations.add(reader.getAttributeValue(i));
                                }
                            }
                            // An element with children (the root of Annotations.xml) is no location.
                            text = LOCATION_ELEMENTS.contains(reader.getLocalName()) ? new StringBuilder() : null;
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (text != null) {
                                text.append(reader.getText());
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            if (text != null) {
                                locations.add(text.toString());
                            }
                            text = null;
                        }
                        default -> {
                        }
                    }
                }
            }
            finally {
                reader.close();
            }
        }
        catch (IOException | XMLStreamException | RuntimeException unreadable) {
            // Not ours to judge here: the OFD reader reports a broken file with its own words.
        }
        return locations;
    }

    private static String printable(String name)
    {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 120 ? cleaned.substring(0, 120) + "…" : cleaned;
    }

    @Override
    public void close()
    {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>()
            {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                        throws IOException
                {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure)
                        throws IOException
                {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot remove the OFD package's temporary folder " + folder, e);
        }
    }
}
