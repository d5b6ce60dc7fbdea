package io.certscan.adapter.cli;

import io.certscan.contract.RichResponse;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Results that {@code recognize --format rich} wrote, read back as the certificates they hold, to be judged again. */
final class StoredResults
{
    /** A rich result is a few kilobytes; a file far larger is not one, and is not read into memory. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private StoredResults() {}

    /** @throws CertscanException 216100 for a file that is missing, 216201 for one that is no rich result, 216202 for one far too large to be one */
    static List<Certificate> read(Path file)
    {
        String json;
        try {
            if (Files.isDirectory(file)) {
                throw new CertscanException(ErrorCode.INVALID_PARAM, "is a directory");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "over %d MB: no rich result is that large".formatted(MAX_BYTES / 1024 / 1024));
            }
            json = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        }
        catch (NoSuchFileException missing) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "no such file");
        }
        catch (CharacterCodingException notText) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a rich result of certscan: not UTF-8 text");
        }
        catch (IOException unreadable) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "cannot read the file: " + unreadable.getMessage());
        }
        try {
            return RichResponse.parse(json).certificates();
        }
        catch (IllegalArgumentException notRich) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, notRich.getMessage());
        }
    }
}
