package io.certscan.contract;

import com.squareup.moshi.Json;

/**
 * The JSON body of {@code POST /v1/recognize}: general_ocr's parameters by the same names (the
 * documents base64-encoded, not URL-encoded), plus {@code as_of}, the ISO date validity is judged
 * against. Absent members are null.
 */
public record RecognizeRequest(
        String image,
        String url,
        @Json(name = "pdf_file") String pdfFile,
        @Json(name = "pdf_file_num") String pdfFileNum,
        @Json(name = "ofd_file") String ofdFile,
        @Json(name = "ofd_file_num") String ofdFileNum,
        @Json(name = "as_of") String asOf)
{
    @Override
    public String toString()
    {
        // Never the documents: requests end up in logs.
        return "RecognizeRequest[" + (image != null ? "image" : url != null ? "url" : pdfFile != null ? "pdf_file" : ofdFile != null ? "ofd_file" : "nothing") + "]";
    }
}
