package io.certscan.adapter.ocr;

/** Nanoseconds spent inside ONNX Runtime during one recognition, for the benchmark's overhead figure. */
final class Timings
{
    private long inferenceNanos;

    void inference(long nanos)
    {
        inferenceNanos += nanos;
    }

    long inferenceNanos()
    {
        return inferenceNanos;
    }
}
