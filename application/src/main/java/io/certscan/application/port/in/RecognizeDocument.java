package io.certscan.application.port.in;

/** The use case: recognise the certificates in one document and judge them. */
public interface RecognizeDocument
{
    /**
     * @throws io.certscan.domain.error.CertscanException with the general_ocr error code of what went wrong
     */
    RecognitionResult recognize(RecognizeCommand command);
}
