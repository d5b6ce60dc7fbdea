package io.certscan.adapter.baidu;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.certscan.application.config.ConfigProvider;
import io.certscan.application.port.out.RecognizeCertificates;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

import static com.google.inject.Scopes.SINGLETON;

/** Baidu AI Cloud as the recognition engine; configured by {@link BaiduConfig}, which must hold both keys. */
public final class BaiduModule
        extends AbstractModule
{
    @Override
    protected void configure()
    {
        bind(BaiduConfig.class).toProvider(ConfigProvider.of(BaiduConfig.class).requiring(BaiduConfig::hasCredentials,
                "certscan.engine=baidu needs the Baidu application's keys: baidu.api-key (BAIDU_API_KEY) and baidu.secret-key (BAIDU_SECRET_KEY)")).in(SINGLETON);
        bind(RecognizeCertificates.class).to(BaiduCertificateRecognition.class).in(SINGLETON);
        bind(BaiduCertificateRecognition.class).in(SINGLETON);
    }

    @Provides
    @Singleton
    static OkHttpClient client(BaiduConfig config)
    {
        return new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                // Retries are ours, counted against the budget, not OkHttp's silent ones.
                .retryOnConnectionFailure(false)
                .build();
    }

    /** What closes the client's threads and connections when the program stops (the injector's life cycle closes it). */
    @Provides
    @Singleton
    static ClientShutdown clientShutdown(OkHttpClient client)
    {
        return new ClientShutdown(client);
    }

    /** The HTTP client's dispatcher threads and pooled connections, released when the injector stops. */
    record ClientShutdown(OkHttpClient client)
            implements AutoCloseable
    {
        @Override
        public void close()
        {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Provides
    @Singleton
    static BaiduApi api(OkHttpClient client, BaiduConfig config)
    {
        String baseUrl = config.baseUrl().endsWith("/") ? config.baseUrl() : config.baseUrl() + "/";
        return new Retrofit.Builder().baseUrl(baseUrl).client(client).build().create(BaiduApi.class);
    }
}
