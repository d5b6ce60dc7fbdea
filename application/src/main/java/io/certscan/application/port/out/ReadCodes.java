package io.certscan.application.port.out;

import io.certscan.application.document.PagePicture;
import io.certscan.domain.certificate.MachineCode;

import java.util.List;

/** Finds the QR codes in a picture of a page and decodes them; boxes in the page's coordinates. */
public interface ReadCodes
{
    /** The codes found, none when there are none; never fails on a picture it cannot read. */
    List<MachineCode> read(PagePicture picture);

    /** For a program that reads no codes: invoices are then judged on their printed fields alone. */
    ReadCodes NONE = picture -> List.of();
}
