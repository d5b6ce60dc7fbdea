package io.certscan.adapter.baidu;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.certscan.application.port.out.RecognizeCertificates;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

import java.util.List;

import static com.google.inject.Scopes.SINGLETON;
import static java.util.Objects.requireNonNull;

/** Baidu AI Cloud as the recognition engine. Requires a {@link BaiduConfig} with both keys. */
public final class BaiduModule
        extends AbstractModule
{
    /** The settings this module is configured by: the bootstrap binds and checks them. */
    public static final List<Class<? extends Record>> CONFIGURATIONS = List.of(BaiduConfig.class);

    private final BaiduConfig config;

    public BaiduModule(BaiduConfig config)
    {
        this.config = requireNonNull(config, "config is null");
        if (!config.hasCredentials()) {
            throw new IllegalArgumentException("the baidu engine needs baidu.api-key (BAIDU_API_KEY) and baidu.secret-key (BAIDU_SECRET_KEY)");
        }
    }

    @Override
    protected void configure()
    {
        bind(BaiduConfig.class).toInstance(config);
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

    @Provides
    @Singleton
    static BaiduApi api(OkHttpClient client, BaiduConfig config)
    {
        String baseUrl = config.baseUrl().endsWith("/") ? config.baseUrl() : config.baseUrl() + "/";
        return new Retrofit.Builder().baseUrl(baseUrl).client(client).build().create(BaiduApi.class);
    }
}
