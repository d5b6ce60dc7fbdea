package io.certscan.adapter.cli;

import java.util.Locale;

/** Which general_ocr parameter a local file goes in, told by its first bytes, then by its name. */
enum DocumentType
{
    IMAGE, PDF, OFD;

    static DocumentType sniff(byte[] bytes, String fileName)
    {
        if (startsWith(bytes, "%PDF")) {
            return PDF;
        }
        // An OFD package is a zip archive; no picture format starts like one.
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return OFD;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".ofd")) {
            return OFD;
        }
        return IMAGE;
    }

    private static boolean startsWith(byte[] bytes, String magic)
    {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
