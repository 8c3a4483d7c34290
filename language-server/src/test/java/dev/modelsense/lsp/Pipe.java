package dev.modelsense.lsp;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * An in-memory pipe. Unlike {@link java.io.PipedInputStream} it does not break when the thread that wrote last ends,
 * which matters here: the server writes from many short-lived threads.
 */
final class Pipe {

    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean closed;

    final InputStream in = new InputStream() {
        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            synchronized (Pipe.this) {
                while (start == end && !closed) {
                    try {
                        Pipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return -1;
                    }
                }
                if (start == end) {
                    return -1;
                }
                int count = Math.min(length, end - start);
                System.arraycopy(buffer, start, target, offset, count);
                start += count;
                return count;
            }
        }

        @Override
        public void close() {
            Pipe.this.close();
        }
    };

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            synchronized (Pipe.this) {
                if (closed) {
                    return;
                }
                if (end + length > buffer.length) {
                    int live = end - start;
                    byte[] next = live + length > buffer.length ? new byte[Math.max(buffer.length * 2, live + length)]
                            : buffer;
                    System.arraycopy(buffer, start, next, 0, live);
                    buffer = next;
                    start = 0;
                    end = live;
                }
                System.arraycopy(source, offset, buffer, end, length);
                end += length;
                Pipe.this.notifyAll();
            }
        }

        @Override
        public void close() {
            Pipe.this.close();
        }
    };

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
