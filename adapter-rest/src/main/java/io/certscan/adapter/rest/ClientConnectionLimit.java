package io.certscan.adapter.rest;

import org.eclipse.jetty.io.Connection;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most so many open connections from one client address: one client opening hundreds of
 * connections cannot take the server's connections from the others. A connection beyond the
 * limit is closed as soon as it opens, before anything is read from it. (The limit over all
 * clients is Jetty's {@code NetworkConnectionLimit}, which stops accepting instead.)
 */
final class ClientConnectionLimit
        implements Connection.Listener
{
    private final int perClient;
    private final ConcurrentMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final ConcurrentMap<Connection, InetAddress> clients = new ConcurrentHashMap<>();

    ClientConnectionLimit(int perClient)
    {
        if (perClient < 1) {
            throw new IllegalArgumentException("perClient must be at least 1");
        }
        this.perClient = perClient;
    }

    @Override
    public void onOpened(Connection connection)
    {
        InetAddress client = client(connection);
        if (client == null) {
            return;
        }
        int count = open.merge(client, 1, Integer::sum);
        if (count > perClient) {
            release(client);
            connection.getEndPoint().close();
            return;
        }
        // A closed endpoint no longer knows its remote address: it is kept here until then.
        clients.put(connection, client);
    }

    @Override
    public void onClosed(Connection connection)
    {
        InetAddress client = clients.remove(connection);
        if (client != null) {
            release(client);
        }
    }

    private void release(InetAddress client)
    {
        open.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
    }

    /** Open connections of one address (for tests and metrics). */
    int open(InetAddress client)
    {
        return open.getOrDefault(client, 0);
    }

    private static InetAddress client(Connection connection)
    {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress address ? address.getAddress() : null;
    }
}
