package io.certscan.spark;

import io.certscan.application.port.in.JudgeCertificates;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.ScalaUDF;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.AbstractFunction3;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * certscan's Spark SQL functions, for SQL, PySpark, Scala and Java alike:
 * <ul>
 * <li>{@code recognize(content BINARY, path STRING[, page INT])}: the certificates of a file (of
 * every page, or of the page given), judged as of {@code spark.certscan.as-of} (default: today in
 * {@code certscan.time-zone} when the query is planned), or its error code;</li>
 * <li>{@code judge(certificates, as_of DATE)}: what {@code recognize} returned, or the rich JSON
 * of {@code recognize --format rich} as a STRING, judged again as of {@code as_of}, without OCR.</li>
 * </ul>
 * Settings come from the session's {@code spark.certscan.*} configuration, the prefix taken off
 * ({@code spark.certscan.rules.packs=/etc/certscan/company.json} is the setting {@code rules.packs}).
 * {@link CertscanExtensions} injects the functions in every session ({@code spark.sql.extensions});
 * {@link #register(SparkSession)} adds them to one session.
 */
public final class CertscanFunctions
{
    public static final String RECOGNIZE = "recognize";
    public static final String JUDGE = "judge";
    /** Spark's configuration keys of certscan's settings start with this. */
    public static final String PREFIX = "spark.certscan.";
    /** The date {@code recognize} judges as of, a setting of this module (not of certscan's program). */
    public static final String AS_OF = PREFIX + "as-of";

    private CertscanFunctions() {}

    /** Adds {@code recognize} and {@code judge} to this session (a classic session, not a Spark Connect client). */
    public static void register(SparkSession spark)
    {
        requireNonNull(spark, "spark is null");
        if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
            throw new IllegalArgumentException("certscan's functions are registered in a classic session; for Spark Connect set spark.sql.extensions="
                    + CertscanExtensions.class.getName() + " on the server");
        }
        classic.sessionState().functionRegistry().registerFunction(FunctionIdentifier.apply(RECOGNIZE), info(RECOGNIZE), new RecognizeBuilder());
        classic.sessionState().functionRegistry().registerFunction(FunctionIdentifier.apply(JUDGE), info(JUDGE), new JudgeBuilder());
    }

    static ExpressionInfo info(String name)
    {
        return new ExpressionInfo(CertscanFunctions.class.getName(), name);
    }

    /** certscan's settings in this session's configuration: {@code spark.certscan.KEY} as {@code KEY}, the module's own {@code as-of} aside. */
    static Map<String, String> settings(Map<String, String> sessionConfiguration)
    {
        Map<String, String> settings = new LinkedHashMap<>();
        sessionConfiguration.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && !key.equals(AS_OF)) {
                settings.put(key.substring(PREFIX.length()), value);
            }
        });
        return settings;
    }

    private static Map<String, String> sessionConfiguration()
    {
        return CollectionConverters.asJava(SQLConf.get().getAllConfs());
    }

    /**
     * The settings, checked now on the driver (a wrong key fails the query here, with every
     * problem listed, not in every task), and the date meant by "today".
     */
    private static JudgeCertificates checked(Map<String, String> settings)
    {
        return Engines.judge(settings);
    }

    static Expression udf(String name, Object function, DataType type, List<Expression> children)
    {
        List<Option<ExpressionEncoder<?>>> untyped = new ArrayList<>();
        return new ScalaUDF(function, type, CollectionConverters.asScala(children).toList(), CollectionConverters.asScala(untyped).toList(), Option.empty(),
                Option.apply(name), true, true);
    }

    private static void require(boolean holds, String message)
    {
        if (!holds) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@code recognize}'s expression once its arguments are resolved, checking their types. */
    static final class RecognizeBuilder
            extends AbstractFunction1<scala.collection.immutable.Seq<Expression>, Expression>
            implements Serializable
    {
        private static final long serialVersionUID = 1;

        @Override
        public Expression apply(scala.collection.immutable.Seq<Expression> arguments)
        {
            List<Expression> children = new ArrayList<>(CollectionConverters.asJava(arguments));
            String usage = "recognize(content BINARY, path STRING[, page INT]), as spark.read.format(\"binaryFile\") gives content and path";
            require(children.size() == 2 || children.size() == 3, usage + ": " + children.size() + " arguments given");
            require(children.get(0).dataType().equals(DataTypes.BinaryType), usage + ": content is " + children.get(0).dataType().simpleString());
            require(children.get(1).dataType().equals(DataTypes.StringType), usage + ": path is " + children.get(1).dataType().simpleString());
            require(children.size() == 2 || children.get(2).dataType().equals(DataTypes.IntegerType), usage + ": page is " + (children.size() == 3 ? children.get(2).dataType().simpleString() : ""));
            Map<String, String> configuration = sessionConfiguration();
            Map<String, String> settings = settings(configuration);
            JudgeCertificates judge = checked(settings);
            LocalDate asOf = asOf(configuration).orElseGet(judge::today);
            Recognition recognition = new Recognition(settings, asOf);
            Object function = children.size() == 2 ? new RecognizeFile(recognition) : new RecognizePage(recognition);
            return udf(RECOGNIZE, function, CertificateRows.CERTIFICATES, children);
        }

        private static java.util.Optional<LocalDate> asOf(Map<String, String> configuration)
        {
            String text = configuration.get(AS_OF);
            if (text == null || text.isBlank()) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(LocalDate.parse(text.strip()));
            }
            catch (DateTimeParseException wrong) {
                throw new IllegalArgumentException(AS_OF + " is not a date (YYYY-MM-DD): " + text);
            }
        }
    }

    /** Builds {@code judge}'s expression once its arguments are resolved, checking their types. */
    static final class JudgeBuilder
            extends AbstractFunction1<scala.collection.immutable.Seq<Expression>, Expression>
            implements Serializable
    {
        private static final long serialVersionUID = 1;

        @Override
        public Expression apply(scala.collection.immutable.Seq<Expression> arguments)
        {
            List<Expression> children = new ArrayList<>(CollectionConverters.asJava(arguments));
            String usage = "judge(certificates, as_of DATE), certificates being what recognize returned or a rich result's JSON as a STRING";
            require(children.size() == 2, usage + ": " + children.size() + " arguments given");
            DataType stored = children.get(0).dataType();
            require(stored.equals(DataTypes.StringType) || CertificateRows.holdsCertificates(stored), usage + ": certificates is " + stored.simpleString());
            require(children.get(1).dataType().equals(DataTypes.DateType), usage + ": as_of is " + children.get(1).dataType().simpleString()
                    + " (write DATE'2027-01-31' or to_date(text))");
            Map<String, String> settings = settings(sessionConfiguration());
            JudgeCertificates judge = checked(settings);
            return udf(JUDGE, new JudgeStored(new Judging(settings, judge.today())), CertificateRows.CERTIFICATES, children);
        }
    }

    static final class RecognizeFile
            extends AbstractFunction2<Object, Object, Object>
            implements Serializable
    {
        private static final long serialVersionUID = 1;
        private final Recognition recognition;

        RecognizeFile(Recognition recognition)
        {
            this.recognition = recognition;
        }

        @Override
        public Object apply(Object content, Object path)
        {
            return recognition.rows((byte[]) content, (String) path, null);
        }
    }

    static final class RecognizePage
            extends AbstractFunction3<Object, Object, Object, Object>
            implements Serializable
    {
        private static final long serialVersionUID = 1;
        private final Recognition recognition;

        RecognizePage(Recognition recognition)
        {
            this.recognition = recognition;
        }

        @Override
        public Object apply(Object content, Object path, Object page)
        {
            return recognition.rows((byte[]) content, (String) path, page == null ? null : (Integer) page);
        }
    }

    static final class JudgeStored
            extends AbstractFunction2<Object, Object, Object>
            implements Serializable
    {
        private static final long serialVersionUID = 1;
        private final Judging judging;

        JudgeStored(Judging judging)
        {
            this.judging = judging;
        }

        @Override
        public Object apply(Object stored, Object asOf)
        {
            return judging.rows(stored, asOf);
        }
    }
}
