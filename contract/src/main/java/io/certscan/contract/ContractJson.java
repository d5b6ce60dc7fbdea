package io.certscan.contract;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import io.certscan.application.port.in.LogId;
import okio.Buffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Moshi instance that speaks the contract, and shortcuts for its three bodies. The general_ocr
 * bodies have hand-written adapters: the key order is part of what clients see, and the log id is
 * an unsigned 64-bit number that must never pass through a double.
 */
public final class ContractJson
{
    private static final Moshi MOSHI = new Moshi.Builder()
            .add(new LogIdAdapter())
            .add(new DecimalAdapter())
            .add(GeneralOcrResponse.class, new GeneralOcrResponseAdapter().nullSafe())
            .add(ErrorResponse.class, new ErrorResponseAdapter().nullSafe())
            .build();

    private ContractJson() {}

    public static Moshi moshi()
    {
        return MOSHI;
    }

    public static JsonAdapter<GeneralOcrResponse> generalOcrResponse()
    {
        return MOSHI.adapter(GeneralOcrResponse.class);
    }

    public static JsonAdapter<ErrorResponse> errorResponse()
    {
        return MOSHI.adapter(ErrorResponse.class);
    }

    public static JsonAdapter<RichResponse> richResponse()
    {
        return MOSHI.adapter(RichResponse.class);
    }

    public static JsonAdapter<ProblemResponse> problemResponse()
    {
        return MOSHI.adapter(ProblemResponse.class);
    }

    public static JsonAdapter<RecognizeRequest> recognizeRequest()
    {
        return MOSHI.adapter(RecognizeRequest.class);
    }

    public static JsonAdapter<TokenResponse> tokenResponse()
    {
        return MOSHI.adapter(TokenResponse.class);
    }

    public static JsonAdapter<TokenErrorResponse> tokenErrorResponse()
    {
        return MOSHI.adapter(TokenErrorResponse.class);
    }

    /**
     * The {@code results} of a body in general_ocr's shape, with or without {@code log_id}: what a
     * hand-made truth file holds, card by card in their numbers' order.
     */
    public static List<Map<String, List<GeneralOcrResponse.Words>>> results(String json)
            throws IOException
    {
        TreeMap<Integer, Map<String, List<GeneralOcrResponse.Words>>> results = new TreeMap<>();
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("results")) {
                    GeneralOcrResponseAdapter.readResults(reader, results);
                }
                else {
                    reader.skipValue();
                }
            }
            reader.endObject();
        }
        return new ArrayList<>(results.values());
    }

    /** Parses a general_ocr answer that may be a success or an error body, telling which by {@code error_code}. */
    public static Optional<ErrorResponse> errorIn(String json)
    {
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("error_code")) {
                    return Optional.ofNullable(errorResponse().fromJson(json));
                }
                reader.skipValue();
            }
            return Optional.empty();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Amounts as JSON numbers, exactly as printed to the cent ({@code 107.55}, never {@code 107.55000000000001}). */
    static final class DecimalAdapter
    {
        @ToJson
        void toJson(JsonWriter writer, BigDecimal decimal)
                throws IOException
        {
            writer.value(decimal);
        }

        @FromJson
        BigDecimal fromJson(JsonReader reader)
                throws IOException
        {
            String text = reader.nextString();
            try {
                return new BigDecimal(text);
            }
            catch (NumberFormatException e) {
                throw new JsonDataException("not a number at " + reader.getPath());
            }
        }
    }

    static final class LogIdAdapter
    {
        @ToJson
        void toJson(JsonWriter writer, LogId logId)
                throws IOException
        {
            writer.value(new BigInteger(logId.toString()));
        }

        @FromJson
        LogId fromJson(JsonReader reader)
                throws IOException
        {
            String text = reader.nextString();
            try {
                return LogId.parse(text);
            }
            catch (NumberFormatException e) {
                throw new JsonDataException("log_id is not an unsigned 64-bit number at " + reader.getPath());
            }
        }
    }

    private static final class GeneralOcrResponseAdapter
            extends JsonAdapter<GeneralOcrResponse>
    {
        private final LogIdAdapter logIds = new LogIdAdapter();

        @Override
        public void toJson(JsonWriter writer, GeneralOcrResponse response)
                throws IOException
        {
            writer.beginObject();
            writer.name("log_id");
            logIds.toJson(writer, response.logId());
            if (response.pdfFileSize().isPresent()) {
                writer.name("pdf_file_size").value(response.pdfFileSize().get());
            }
            writer.name("results").beginObject();
            for (int index = 0; index < response.results().size(); index++) {
                writer.name(Integer.toString(index)).beginObject();
                for (Map.Entry<String, List<GeneralOcrResponse.Words>> field : response.results().get(index).entrySet()) {
                    writer.name(field.getKey()).beginArray();
                    for (GeneralOcrResponse.Words words : field.getValue()) {
                        writer.beginObject().name("words").beginArray();
                        for (String word : words.words()) {
                            writer.value(word);
                        }
                        writer.endArray().endObject();
                    }
                    writer.endArray();
                }
                writer.endObject();
            }
            writer.endObject();
            writer.endObject();
        }

        @Override
        public GeneralOcrResponse fromJson(JsonReader reader)
                throws IOException
        {
            LogId logId = null;
            String pdfFileSize = null;
            TreeMap<Integer, Map<String, List<GeneralOcrResponse.Words>>> results = new TreeMap<>();
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "log_id" -> logId = logIds.fromJson(reader);
                    case "pdf_file_size" -> pdfFileSize = reader.nextString();
                    case "results" -> readResults(reader, results);
                    default -> reader.skipValue();
                }
            }
            reader.endObject();
            if (logId == null) {
                throw new JsonDataException("general_ocr response without log_id");
            }
            return new GeneralOcrResponse(logId, Optional.ofNullable(pdfFileSize), new ArrayList<>(results.values()));
        }

        private static void readResults(JsonReader reader, TreeMap<Integer, Map<String, List<GeneralOcrResponse.Words>>> results)
                throws IOException
        {
            reader.beginObject();
            while (reader.hasNext()) {
                String key = reader.nextName();
                int index;
                try {
                    index = Integer.parseInt(key);
                }
                catch (NumberFormatException e) {
                    throw new JsonDataException("results key is not a sub-image number: " + key);
                }
                Map<String, List<GeneralOcrResponse.Words>> card = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    List<GeneralOcrResponse.Words> values = card.computeIfAbsent(name, ignored -> new ArrayList<>());
                    reader.beginArray();
                    while (reader.hasNext()) {
                        values.add(readWords(reader));
                    }
                    reader.endArray();
                }
                reader.endObject();
                results.put(index, card);
            }
            reader.endObject();
        }

        private static GeneralOcrResponse.Words readWords(JsonReader reader)
                throws IOException
        {
            List<String> words = new ArrayList<>();
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("words")) {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        words.add(reader.nextString());
                    }
                    reader.endArray();
                }
                else {
                    reader.skipValue();
                }
            }
            reader.endObject();
            return new GeneralOcrResponse.Words(words);
        }
    }

    private static final class ErrorResponseAdapter
            extends JsonAdapter<ErrorResponse>
    {
        private final LogIdAdapter logIds = new LogIdAdapter();

        @Override
        public void toJson(JsonWriter writer, ErrorResponse response)
                throws IOException
        {
            writer.beginObject();
            writer.name("log_id");
            logIds.toJson(writer, response.logId());
            writer.name("error_code").value(response.errorCode());
            writer.name("error_msg").value(response.errorMessage());
            writer.endObject();
        }

        @Override
        public ErrorResponse fromJson(JsonReader reader)
                throws IOException
        {
            LogId logId = new LogId(0);
            Integer code = null;
            String message = "";
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "log_id" -> logId = logIds.fromJson(reader);
                    case "error_code" -> code = reader.nextInt();
                    case "error_msg" -> message = reader.nextString();
                    default -> reader.skipValue();
                }
            }
            reader.endObject();
            if (code == null) {
                throw new JsonDataException("error body without error_code");
            }
            return new ErrorResponse(logId, code, message);
        }
    }
}
