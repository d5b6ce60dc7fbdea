package io.certscan.adapter.rest;

import org.junit.jupiter.api.AfterEach;

/** A test that starts one {@link TestingServer}; it is stopped after each test. */
abstract class ServerTest
{
    TestingServer server;

    @AfterEach
    void stopServer()
    {
        if (server != null) {
            server.close();
        }
    }
}
