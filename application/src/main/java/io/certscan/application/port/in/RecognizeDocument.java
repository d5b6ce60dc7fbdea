package io.certscan.application.port.in;

/** The use case: recognise the certificates in one document and judge them. */
public interface RecognizeDocument
{
    /**
     * @throws io.certscan.domain.error.CertscanException with the general_ocr error code of what went wrong
     */
    RecognitionResult recognize(RecognizeCommand command);

    /**
     * The command with its URL source fetched, for callers that fetch on threads of their own
     * rather than on the workers that recognise (a server's CPU is no place to wait on a
     * network); the command as it is when there is nothing to fetch, or when the engine reads
     * URLs itself (the cloud's).
     *
     * @throws io.certscan.domain.error.CertscanException with the general_ocr error code of the failed fetch
     */
    default RecognizeCommand fetched(RecognizeCommand command)
    {
        return command;
    }
}
