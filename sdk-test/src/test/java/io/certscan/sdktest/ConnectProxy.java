package io.certscan.sdktest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An HTTP CONNECT proxy on loopback that tunnels every connection to one local port: how the Java
 * SDK reaches certscan when the test may not listen on port 443 itself (the SDK's own
 * {@code setHttpProxy}, its URLs unchanged).
 */
final class ConnectProxy
        implements AutoCloseable
{
    private final ServerSocket listener;
    private final int target;
    private final Thread acceptor;

    ConnectProxy(int target)
            throws IOException
    {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port()
    {
        return listener.getLocalPort();
    }

    private void accept()
    {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread tunnel = new Thread(() -> tunnel(client), "connect-tunnel");
                tunnel.setDaemon(true);
                tunnel.start();
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    private void tunnel(Socket client)
    {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
            String head = head(client.getInputStream());
            if (!head.startsWith("CONNECT ")) {
                client.getOutputStream().write("HTTP/1.1 405 Method Not Allowed\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            Thread up = new Thread(() -> copy(client, server), "connect-up");
            up.setDaemon(true);
            up.start();
            copy(server, client);
            up.join();
        }
        catch (IOException | InterruptedException ended) {
            // The tunnel ends with either side.
        }
    }

    /** The request line and headers, up to the blank line that ends them. */
    private static String head(InputStream input)
            throws IOException
    {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last = 0;
        for (int next = input.read(); next >= 0 && head.size() < 16 * 1024; next = input.read()) {
            head.write(next);
            last = (last << 8 | next) & 0xFFFFFFFF;
            if (last == 0x0D0A0D0A) {
                break;
            }
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void copy(Socket from, Socket to)
    {
        try {
            InputStream input = from.getInputStream();
            OutputStream output = to.getOutputStream();
            input.transferTo(output);
            to.shutdownOutput();
        }
        catch (IOException ended) {
            // Closed.
        }
    }

    @Override
    public void close()
            throws IOException
    {
        listener.close();
    }
}
