package io.certscan.bootstrap;

import io.certscan.adapter.rest.RestServer;
import io.certscan.bootstrap.config.Settings;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server with the real engine, driven by the API documentation's own sample clients with
 * only the host changed: its curl command, its Python {@code requests} snippet and the request its
 * Java sample makes. They must get the documented results.
 */
class ServeEndToEndTest
{
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String API_KEY = "e2e-api-key";
    private static final String SECRET_KEY = "e2e-secret-key-0123456789";

    private static RestServer server;
    private static URI address;

    @TempDir
    Path directory;

    @BeforeAll
    static void start()
    {
        Settings settings = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(),
                Map.of("server.port", "0", "server.api-key", API_KEY, "server.secret-key", SECRET_KEY, "server.host", "127.0.0.1",
                        // The picture server of the url test runs on loopback, which url sources may not reach unless listed.
                        "url.allowed-hosts", "127.0.0.1"));
        server = CertscanInjector.createServer(settings, TestingEngine.modules()).getInstance(RestServer.class);
        address = server.start();
    }

    @AfterAll
    static void stop()
    {
        server.stop();
    }

    @Test
    void documentedCurlCommandWithTheHostChanged()
            throws Exception
    {
        // The documentation's command, word for word but the host, the token and the picture (its base64 fits in one argument).
        String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(SAMPLES.resolve("low-voltage-electrician.png")));
        List<String> command = List.of("curl", "-s", "-i", "-k", address + "/rest/2.0/ocr/v1/general_ocr?access_token=" + token(),
                "-H", "Content-Type: application/x-www-form-urlencoded",
                "--data-urlencode", "image=" + base64);

        String answer = run(command, directory);

        assertThat(answer).startsWith("HTTP/1.1 200");
        GeneralOcrResponse response = ContractJson.generalOcrResponse().fromJson(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(response.results()).isEqualTo(List.of(SamplesEndToEndTest.documented().results().get(0)));
    }

    @Test
    void documentedPythonRequestsSnippetWithTheHostChanged()
            throws Exception
    {
        String python = pythonWithRequests();
        String snippet = """
                # encoding:utf-8

                import requests
                import base64

                '''
                通用卡证票据识别
                '''

                request_url = "%s/rest/2.0/ocr/v1/general_ocr"
                # 二进制方式打开图片文件
                f = open('%s', 'rb')
                img = base64.b64encode(f.read())

                params = {"image":img}
                access_token = '%s'
                request_url = request_url + "?access_token=" + access_token
                headers = {'content-type': 'application/x-www-form-urlencoded'}
                response = requests.post(request_url, data=params, headers=headers)
                if response:
                    print (response.json())
                """.formatted(address, SAMPLES.resolve("two-low-voltage-electricians.png").toAbsolutePath(), token());
        Path script = directory.resolve("general_ocr.py");
        Files.writeString(script, snippet, StandardCharsets.UTF_8);

        String printed = run(List.of(python, script.toString()), directory);

        // Python prints the parsed JSON as a dict: both documented cards, field for field.
        GeneralOcrResponse documented = SamplesEndToEndTest.documented();
        for (int card = 0; card < 2; card++) {
            StringBuilder expected = new StringBuilder("'" + card + "': {");
            documented.results().get(card).forEach((name, values) -> expected.append("'").append(name).append("': [{'words': ['")
                    .append(values.get(0).words().get(0)).append("']}], "));
            assertThat(printed).contains(expected.substring(0, expected.length() - 2) + "}");
        }
        assertThat(printed).contains("'log_id': ");
    }

    @Test
    void requestAsTheDocumentedJavaSampleMakesIt()
            throws Exception
    {
        // HttpUtil.post of the documentation: urlencoded "image=" + URLEncoder.encode(base64), token in the query.
        String image = Base64.getEncoder().encodeToString(Files.readAllBytes(SAMPLES.resolve("low-voltage-electrician.png")));
        String param = "image=" + URLEncoder.encode(image, StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) address.resolve("/rest/2.0/ocr/v1/general_ocr?access_token=" + token()).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        connection.setDoOutput(true);
        try (OutputStream output = connection.getOutputStream()) {
            output.write(param.getBytes(StandardCharsets.UTF_8));
        }

        String body = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(connection.getResponseCode()).isEqualTo(200);
        assertThat(ContractJson.generalOcrResponse().fromJson(body).results()).isEqualTo(List.of(SamplesEndToEndTest.documented().results().get(0)));
    }

    @Test
    void documentedPhpSampleWithTheHostChanged()
            throws Exception
    {
        String php = tool("php", "-r", "exit(function_exists('curl_init') ? 0 : 1);", "php-cli and php-curl");
        String sample = """
                <?php
                /**
                * 发起http post请求(REST API), 并获取REST请求的结果
                * @param string $url
                * @param string $param
                * @return - http response body if succeeds, else false.
                */
                function request_post($url = '', $param = '')
                {
                    if (empty($url) || empty($param)) {
                        return false;
                    }

                    $postUrl = $url;
                    $curlPost = $param;
                    // 初始化curl
                    $curl = curl_init();
                    curl_setopt($curl, CURLOPT_URL, $postUrl);
                    curl_setopt($curl, CURLOPT_HEADER, 0);
                    // 要求结果为字符串且输出到屏幕上
                    curl_setopt($curl, CURLOPT_RETURNTRANSFER, 1);
                    curl_setopt($curl, CURLOPT_SSL_VERIFYPEER, false);
                    // post提交方式
                    curl_setopt($curl, CURLOPT_POST, 1);
                    curl_setopt($curl, CURLOPT_POSTFIELDS, $curlPost);
                    // 运行curl
                    $data = curl_exec($curl);
                    curl_close($curl);

                    return $data;
                }

                $token = '%s';
                $url = '%s/rest/2.0/ocr/v1/general_ocr?access_token=' . $token;
                $img = file_get_contents('%s');
                $img = base64_encode($img);
                $bodys = array(
                    'image' => $img
                );
                $res = request_post($url, $bodys);

                var_dump($res);
                """.formatted(token(), address, SAMPLES.resolve("low-voltage-electrician.png").toAbsolutePath());
        Path script = directory.resolve("general_ocr.php");
        Files.writeString(script, sample, StandardCharsets.UTF_8);

        String printed = run(List.of(php, script.toString()), directory);

        // var_dump prints string(N) "…": the JSON body, which must be the documented first card.
        String body = printed.substring(printed.indexOf('"') + 1, printed.lastIndexOf('"'));
        assertThat(ContractJson.generalOcrResponse().fromJson(body).results()).isEqualTo(List.of(SamplesEndToEndTest.documented().results().get(0)));
    }

    @Test
    void documentedCSharpSampleWithTheHostChanged()
            throws Exception
    {
        String compiler = tool("mcs", "--version", null, "mono-mcs, mono-runtime and libmono-system-web4.0-cil");
        String sample = """
                using System;
                using System.IO;
                using System.Net;
                using System.Text;
                using System.Web;

                namespace com.baidu.ai
                {
                    public class GeneralOcr
                    {
                        // 通用卡证票据识别
                        public static string generalOcr()
                        {
                            string token = "%s";
                            string host = "%s/rest/2.0/ocr/v1/general_ocr?access_token=" + token;
                            Encoding encoding = Encoding.Default;
                            HttpWebRequest request = (HttpWebRequest)WebRequest.Create(host);
                            request.Method = "post";
                            request.KeepAlive = true;
                            // 图片的base64编码
                            string base64 = getFileBase64("%s");
                            String str = "image=" + HttpUtility.UrlEncode(base64);
                            byte[] buffer = encoding.GetBytes(str);
                            request.ContentLength = buffer.Length;
                            request.GetRequestStream().Write(buffer, 0, buffer.Length);
                            HttpWebResponse response = (HttpWebResponse)request.GetResponse();
                            StreamReader reader = new StreamReader(response.GetResponseStream(), Encoding.Default);
                            string result = reader.ReadToEnd();
                            Console.WriteLine("通用卡证票据识别:");
                            Console.WriteLine(result);
                            return result;
                        }

                        public static String getFileBase64(String fileName) {
                            FileStream filestream = new FileStream(fileName, FileMode.Open);
                            byte[] arr = new byte[filestream.Length];
                            filestream.Read(arr, 0, (int)filestream.Length);
                            string baser64 = Convert.ToBase64String(arr);
                            filestream.Close();
                            return baser64;
                        }
                    }

                    // Not in the documentation: the entry point that calls its method.
                    public static class Program
                    {
                        public static void Main()
                        {
                            GeneralOcr.generalOcr();
                        }
                    }
                }
                """.formatted(token(), address, SAMPLES.resolve("low-voltage-electrician.png").toAbsolutePath());
        Path source = directory.resolve("GeneralOcr.cs");
        Files.writeString(source, sample, StandardCharsets.UTF_8);
        run(List.of(compiler, "-r:System.Web.dll", "-out:" + directory.resolve("GeneralOcr.exe"), source.toString()), directory);

        String printed = run(List.of("mono", directory.resolve("GeneralOcr.exe").toString()), directory);

        assertThat(printed).startsWith("通用卡证票据识别:");
        String body = printed.substring(printed.indexOf('{'), printed.lastIndexOf('}') + 1);
        assertThat(ContractJson.generalOcrResponse().fromJson(body).results()).isEqualTo(List.of(SamplesEndToEndTest.documented().results().get(0)));
    }

    @Test
    void documentedCppSampleWithTheHostChanged()
            throws Exception
    {
        String compiler = tool("g++", "--version", null, "g++ and libcurl4-openssl-dev");
        // The documentation's C++ sample (libcurl, a multipart form), word for word but the host,
        // the base64 placeholder (read from a file) and the main function it leaves to the reader.
        String sample = """
                #include <iostream>
                #include <fstream>
                #include <sstream>
                #include <curl/curl.h>

                // libcurl库下载链接:https://curl.haxx.se/download.html
                // jsoncpp库下载链接:https://github.com/open-source-parsers/jsoncpp/
                const static std::string request_url = "%s/rest/2.0/ocr/v1/general_ocr";
                static std::string generalocr_result;
                static std::string base64_img;
                /**
                * curl发送http请求调用的回调函数,回调函数中对返回的json格式的body进行了解析,解析结果储存在全局的静态变量当中
                * @param 参数定义见libcurl文档
                * @return 返回值定义见libcurl文档
                */
                static size_t callback(void *ptr, size_t size, size_t nmemb, void *stream) {
                    // 获取到的body存放在ptr中,先将其转换为string格式
                    generalocr_result = std::string((char *) ptr, size * nmemb);
                    return size * nmemb;
                }
                /**
                * 通用卡证票据识别
                * @return 调用成功返回0,发生错误返回其他错误码
                */
                int generalocr(std::string &json_result, const std::string &access_token) {
                    std::string url = request_url + "?access_token=" + access_token;
                    CURL *curl = NULL;
                    CURLcode result_code;
                    int is_success;
                    curl = curl_easy_init();
                    if (curl) {
                        curl_easy_setopt(curl, CURLOPT_URL, url.data());
                        curl_easy_setopt(curl, CURLOPT_POST, 1);
                        curl_httppost *post = NULL;
                        curl_httppost *last = NULL;
                        curl_formadd(&post, &last, CURLFORM_COPYNAME, "image", CURLFORM_COPYCONTENTS, base64_img.c_str(), CURLFORM_END);

                        curl_easy_setopt(curl, CURLOPT_HTTPPOST, post);
                        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, callback);
                        result_code = curl_easy_perform(curl);
                        if (result_code != CURLE_OK) {
                            fprintf(stderr, "curl_easy_perform() failed: %%s\\n",
                                    curl_easy_strerror(result_code));
                            is_success = 1;
                            return is_success;
                        }
                        json_result = generalocr_result;
                        curl_easy_cleanup(curl);
                        is_success = 0;
                    } else {
                        fprintf(stderr, "curl_easy_init() failed.");
                        is_success = 1;
                    }
                    return is_success;
                }

                int main(int argc, char **argv) {
                    std::ifstream file(argv[1]);
                    std::stringstream content;
                    content << file.rdbuf();
                    base64_img = content.str();
                    std::string json_result;
                    int failed = generalocr(json_result, argv[2]);
                    std::cout << json_result << std::endl;
                    return failed;
                }
                """.formatted(address);
        Path source = directory.resolve("general_ocr.cpp");
        Files.writeString(source, sample, StandardCharsets.UTF_8);
        Path image = directory.resolve("image.base64");
        Files.writeString(image, java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(SAMPLES.resolve("low-voltage-electrician.png"))));
        run(List.of(compiler, "-std=c++11", "-o", directory.resolve("general_ocr").toString(), source.toString(), "-lcurl"), directory);

        String printed = run(List.of(directory.resolve("general_ocr").toString(), image.toString(), token()), directory);

        String body = printed.substring(printed.indexOf('{'), printed.lastIndexOf('}') + 1);
        assertThat(ContractJson.generalOcrResponse().fromJson(body).results()).isEqualTo(List.of(SamplesEndToEndTest.documented().results().get(0)));
    }

    @Test
    void theBaiduEngineWorksAgainstAnyServerThatSpeaksTheProtocolThisOneIncluded()
            throws IOException
    {
        // certscan recognize --engine baidu, pointed at this server instead of Baidu's cloud: token flow, form, answer mapping.
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exitCode = io.certscan.adapter.cli.CertscanCommandLine.run(TestingEngine.launcher(), new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "recognize", "--compact", "--engine", "baidu", "-D", "baidu.base-url=" + address, "-D", "baidu.api-key=" + API_KEY,
                "-D", "baidu.secret-key=" + SECRET_KEY, SAMPLES.resolve("two-low-voltage-electricians.png").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(ContractJson.generalOcrResponse().fromJson(out.toString()).results()).isEqualTo(SamplesEndToEndTest.documented().results());

        // A wrong secret is a clear configuration error, and the secret is not printed.
        err = new java.io.StringWriter();
        exitCode = io.certscan.adapter.cli.CertscanCommandLine.run(TestingEngine.launcher(), new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err),
                "recognize", "--engine", "baidu", "-D", "baidu.base-url=" + address, "-D", "baidu.api-key=" + API_KEY,
                "-D", "baidu.secret-key=not-the-secret", SAMPLES.resolve("low-voltage-electrician.png").toString());
        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("error 282000 (internal error): the baidu engine's key pair was refused (invalid_client: Client authentication failed)")
                .doesNotContain("not-the-secret");
    }

    @Test
    void urlAndOfdSourcesOfTheCompatibleEndpoint()
            throws Exception
    {
        byte[] sample = Files.readAllBytes(SAMPLES.resolve("low-voltage-electrician.png"));
        com.sun.net.httpserver.HttpServer pictures = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.1"), 0), 0);
        pictures.createContext("/card.png", exchange -> {
            exchange.sendResponseHeaders(200, sample.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(sample);
            }
        });
        pictures.start();
        try {
            String url = "http://127.0.0.1:" + pictures.getAddress().getPort() + "/card.png";
            GeneralOcrResponse fromUrl = ContractJson.generalOcrResponse().fromJson(post("url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)));
            assertThat(fromUrl.results()).isEqualTo(List.of(SamplesEndToEndTest.documented().results().get(0)));
        }
        finally {
            pictures.stop(0);
        }

        String ofd = Base64.getEncoder().encodeToString(Files.readAllBytes(SamplesEndToEndTest.testData().resolve("ofdrw-converter__1.ofd")));
        GeneralOcrResponse fromOfd = ContractJson.generalOcrResponse().fromJson(post("ofd_file=" + URLEncoder.encode(ofd, StandardCharsets.UTF_8) + "&ofd_file_num=1"));
        assertThat(fromOfd.results()).singleElement().satisfies(fields -> {
            assertThat(fields.get("发票代码").get(0).words()).containsExactly("033002000211");
            assertThat(fields.get("价税合计").get(0).words()).containsExactly("¥526.00");
        });
        // A url to the cloud metadata address is refused with the documented message, and the server goes on.
        assertThat(post("url=" + URLEncoder.encode("http://169.254.169.254/latest/meta-data/", StandardCharsets.UTF_8)))
                .contains("\"error_code\":282111").contains("\"error_msg\":\"url format illegal\"");
    }

    private static String post(String form)
            throws IOException
    {
        HttpURLConnection connection = (HttpURLConnection) address.resolve("/rest/2.0/ocr/v1/general_ocr?access_token=" + token()).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        connection.setDoOutput(true);
        try (OutputStream output = connection.getOutputStream()) {
            output.write(form.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(connection.getResponseCode()).isEqualTo(200);
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String token()
            throws IOException
    {
        HttpURLConnection connection = (HttpURLConnection) address.resolve(
                "/oauth/2.0/token?grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=" + SECRET_KEY).toURL().openConnection();
        connection.setRequestMethod("POST");
        String body = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return ContractJson.tokenResponse().fromJson(body).accessToken();
    }

    /**
     * A command-line tool the documentation's samples need; in CI .ci/run installs it, elsewhere
     * the test says what is missing.
     *
     * @param probe arguments that succeed when the tool is usable
     * @param script code for {@code -r}, when the probe runs one
     */
    private static String tool(String name, String probe, String script, String packages)
            throws Exception
    {
        List<String> command = script == null ? List.of(name, probe) : List.of(name, probe, script);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return name;
            }
        }
        catch (IOException absent) {
            // reported below
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have " + name + " (.ci/run installs " + packages + ")");
        }
        Assumptions.abort("no usable " + name + " here; apt-get install " + packages + " to run the documented sample");
        throw new AssertionError("unreachable");
    }

    /** A Python 3 with requests: in CI .ci/run installs python3-requests; elsewhere the test says what is missing. */
    private static String pythonWithRequests()
            throws Exception
    {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process process = new ProcessBuilder(candidate, "-c", "import requests").redirectErrorStream(true).start();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
            }
            catch (IOException absent) {
                // try the next
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have python3 with requests (.ci/run installs python3-requests)");
        }
        Assumptions.abort("no python3 with the requests module here; apt-get install python3-requests to run the documented Python sample");
        throw new AssertionError("unreachable");
    }

    private static String run(List<String> command, Path workingDirectory)
            throws Exception
    {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
