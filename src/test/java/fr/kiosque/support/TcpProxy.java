package fr.kiosque.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder between the application and PostgreSQL that a test can cut (the listening
 * socket and every open connection closed: the database is unreachable, connections refused)
 * and restore (listening again on the same port). It is told what to do over a control socket
 * ({@code cut} or {@code restore}, one line), so that a test reaches it whichever class loader
 * started it: a test profile starts it before Quarkus boots and passes both ports in the
 * configuration.
 */
public final class TcpProxy {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final int controlPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = new ServerSocket();
        first.setReuseAddress(true);
        first.bind(new InetSocketAddress("localhost", 0));
        this.port = first.getLocalPort();
        listen(first);
        ServerSocket control = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        this.controlPort = control.getLocalPort();
        Thread controller = new Thread(() -> {
            while (true) {
                try (Socket client = control.accept()) {
                    String command = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                    if ("cut".equals(command)) {
                        cut();
                    } else if ("restore".equals(command)) {
                        restore();
                    }
                    client.getOutputStream().write("ok\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // next command
                }
            }
        }, "db-proxy-control");
        controller.setDaemon(true);
        controller.start();
    }

    /** Starts a proxy to the target; returns its port and its control port. */
    public static int[] start(String targetHost, int targetPort) {
        try {
            TcpProxy proxy = new TcpProxy(targetHost, targetPort);
            return new int[] { proxy.port, proxy.controlPort };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cuts the proxy whose control port is given: PostgreSQL is unreachable. */
    public static void cut(int controlPort) {
        command(controlPort, "cut");
    }

    /** Listens again: PostgreSQL is reachable. */
    public static void restore(int controlPort) {
        command(controlPort, "restore");
    }

    private static void command(int controlPort, String command) {
        try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), controlPort)) {
            socket.getOutputStream().write((command + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read(); // done when it answers
        } catch (IOException e) {
            throw new IllegalStateException("database proxy control: " + e, e);
        }
    }

    private synchronized void cut() {
        closeQuietly(server);
        server = null;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress("localhost", port));
            listen(again);
        } catch (IOException e) {
            throw new IllegalStateException("could not listen again on " + port, e);
        }
    }

    private void listen(ServerSocket socket) {
        server = socket;
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket upstream;
                    try {
                        upstream = new Socket(targetHost, targetPort);
                    } catch (IOException e) {
                        closeQuietly(client);
                        continue;
                    }
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by cut(), or the target refused: the client sees its connection end
                }
            }
        }, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "db-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
