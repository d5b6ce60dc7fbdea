package io.certscan.spark;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.bootstrap.Certscan;
import io.certscan.bootstrap.CertscanFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engines of this JVM (an executor, or the driver in local mode): one per distinct settings,
 * made on first use through {@link CertscanFactory}, shared by every task the JVM runs, and closed
 * when the JVM ends. A recogniser's ONNX Runtime gets one thread per core of the executor (the
 * tasks running at once share its pool), unless {@code spark.certscan.ocr.threads} says otherwise.
 */
final class Engines
{
    private static final Logger LOG = Logger.getLogger(Engines.class.getName());
    private static final Pattern LOCAL_MASTER = Pattern.compile("local(?:-cluster)?\\[(\\*|\\d+)(?:,\\s*\\d+)?]");
    private static final String THREADS = "ocr.threads";

    private static final ConcurrentMap<Map<String, String>, Certscan> RECOGNIZERS = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Map<String, String>, JudgeCertificates> JUDGES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Engines::closeAll, "certscan-engines"));
    }

    private Engines() {}

    /** The recogniser of these settings in this JVM; the models load on the first call. */
    static Certscan recognizer(Map<String, String> settings)
    {
        return RECOGNIZERS.computeIfAbsent(Map.copyOf(settings), Engines::create);
    }

    /** The judge of these settings in this JVM: rules and catalogue, no models. */
    static JudgeCertificates judge(Map<String, String> settings)
    {
        return JUDGES.computeIfAbsent(Map.copyOf(settings), CertscanFactory::createJudge);
    }

    private static Certscan create(Map<String, String> settings)
    {
        Map<String, String> sized = new LinkedHashMap<>(settings);
        sized.putIfAbsent(THREADS, Integer.toString(executorCores()));
        LOG.info(() -> "certscan: loading the models for this JVM, " + sized.get(THREADS) + " ONNX Runtime threads");
        return CertscanFactory.create(sized);
    }

    /** The cores this JVM's executor runs tasks on: spark.executor.cores, the N of local[N], else the machine's. */
    static int executorCores()
    {
        SparkEnv env = SparkEnv.get();
        int machine = Runtime.getRuntime().availableProcessors();
        if (env == null) {
            return machine;
        }
        return executorCores(env.conf(), machine);
    }

    static int executorCores(SparkConf conf, int machine)
    {
        if (conf.contains("spark.executor.cores")) {
            return Math.max(1, conf.getInt("spark.executor.cores", machine));
        }
        Matcher local = LOCAL_MASTER.matcher(conf.get("spark.master", ""));
        if (local.matches()) {
            return local.group(1).equals("*") ? machine : Math.max(1, Integer.parseInt(local.group(1)));
        }
        return machine;
    }

    private static void closeAll()
    {
        for (Certscan certscan : RECOGNIZERS.values()) {
            try {
                certscan.close();
            }
            catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "certscan: an engine did not close: " + failed.getClass().getSimpleName());
            }
        }
        RECOGNIZERS.clear();
    }
}
