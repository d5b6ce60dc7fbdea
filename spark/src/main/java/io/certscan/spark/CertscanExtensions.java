package io.certscan.spark;

import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import scala.Tuple3;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Injects certscan's functions ({@link CertscanFunctions}) into every session:
 * {@code spark.sql.extensions=io.certscan.spark.CertscanExtensions}, with the assembly jar on the
 * class path ({@code --jars certscan-spark.jar}); the way for SQL and PySpark.
 */
public final class CertscanExtensions
        extends AbstractFunction1<SparkSessionExtensions, BoxedUnit>
{
    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions)
    {
        extensions.injectFunction(new Tuple3<>(FunctionIdentifier.apply(CertscanFunctions.RECOGNIZE), CertscanFunctions.info(CertscanFunctions.RECOGNIZE),
                new CertscanFunctions.RecognizeBuilder()));
        extensions.injectFunction(new Tuple3<>(FunctionIdentifier.apply(CertscanFunctions.JUDGE), CertscanFunctions.info(CertscanFunctions.JUDGE),
                new CertscanFunctions.JudgeBuilder()));
        return BoxedUnit.UNIT;
    }
}
