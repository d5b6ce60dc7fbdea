package io.certscan.application.document;

/** Which of general_ocr's four request parameters a source came from. */
public enum DocumentKind
{
    IMAGE, URL, PDF, OFD
}
