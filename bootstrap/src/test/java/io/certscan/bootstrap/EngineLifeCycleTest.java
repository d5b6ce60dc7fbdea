package io.certscan.bootstrap;

import com.google.inject.Injector;
import io.certscan.adapter.rest.RestServer;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.bootstrap.config.Settings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real program's injector closes what it opened: the HTTP server first, then the ONNX sessions. */
class EngineLifeCycleTest
{
    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void stoppingTheProgramClosesTheServerThenTheModelsAndItsHandleRefusesWorkAfterwards()
            throws IOException
    {
        Settings settings = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), Map.of("server.port", "0", "server.host", "127.0.0.1"));
        Injector injector = CertscanInjector.createServer(settings);
        LifeCycle lifeCycle = injector.getInstance(LifeCycle.class);
        RestServer server = injector.getInstance(RestServer.class);
        URI address = server.start();
        Certscan certscan = Certscan.of(injector);
        RecognizeCommand picture = RecognizeCommand.ofImage(Files.readAllBytes(SAMPLES.resolve("low-voltage-electrician.png")));

        assertThat(lifeCycle.open()).extracting(open -> open.getClass().getSimpleName()).containsSubsequence("OnnxModels", "RestServer");
        assertThat(certscan.recognize(picture).certificates()).isNotEmpty();

        certscan.close();

        assertThat(lifeCycle.open()).isEmpty();
        assertThatThrownBy(() -> certscan.recognize(picture)).isInstanceOf(IllegalStateException.class).hasMessage("certscan is closed");
        // Past the handle, the use case runs on sessions ONNX Runtime has released.
        assertThatThrownBy(() -> injector.getInstance(RecognizeDocument.class).recognize(picture)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new Socket(address.getHost(), address.getPort()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aServerAHostStartedReleasesWhatItsProgramOpenedWhenItStops()
    {
        Settings settings = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), Map.of("server.port", "0", "server.host", "127.0.0.1"));
        Injector injector = CertscanInjector.createServer(settings, TestingEngine.modules());
        CertscanServer server = new CertscanServer(injector);
        URI address = server.start();
        assertThat(injector.getInstance(LifeCycle.class).open()).extracting(open -> open.getClass().getSimpleName()).contains("RestServer");

        server.stop();

        assertThat(injector.getInstance(LifeCycle.class).open()).isEmpty();
        assertThatThrownBy(() -> new Socket(address.getHost(), address.getPort()).close()).isInstanceOf(ConnectException.class);
    }
}
