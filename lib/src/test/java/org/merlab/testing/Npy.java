package org.merlab.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} version 1.0 files (little-endian, C or Fortran order) as written by the librosa reference
 * fixtures: {@code <f4}, {@code <f8} and {@code <i8}, any rank. Values are widened to double and always returned in C (row-major) order.
 */
public record Npy(int[] shape, double[] data) {

    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<|>][fi][48])'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    public static Npy read(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[6];
        buf.get(magic);
        if (magic[0] != (byte) 0x93 || !new String(magic, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
            throw new IOException(file + ": not a .npy file");
        }
        int major = buf.get();
        buf.get();
        int headerLen = major == 1 ? Short.toUnsignedInt(buf.getShort()) : buf.getInt();
        byte[] headerBytes = new byte[headerLen];
        buf.get(headerBytes);
        String header = new String(headerBytes, StandardCharsets.US_ASCII);
        String descr = find(DESCR, header, file);
        if (descr.startsWith(">")) {
            throw new IOException(file + ": big-endian arrays are not supported");
        }
        int[] shape = Arrays.stream(find(SHAPE, header, file).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        int n = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        double[] data = new double[n];
        switch (descr.substring(1)) {
            case "f4" -> { for (int i = 0; i < n; i++) data[i] = buf.getFloat(); }
            case "f8" -> { for (int i = 0; i < n; i++) data[i] = buf.getDouble(); }
            case "i8" -> { for (int i = 0; i < n; i++) data[i] = buf.getLong(); }
            default -> throw new IOException(file + ": unsupported dtype " + descr);
        }
        boolean fortran = find(ORDER, header, file).equals("True");
        return new Npy(shape, fortran ? fortranToC(data, shape) : data);
    }

    /** Reorders a column-major (Fortran) array, as numpy saves a transposed view, into row-major order. */
    private static double[] fortranToC(double[] f, int[] shape) {
        double[] c = new double[f.length];
        int[] index = new int[shape.length];
        for (int i = 0; i < c.length; i++) {
            int offset = 0;
            for (int d = shape.length - 1; d >= 0; d--) {
                offset = offset * shape[d] + index[d];
            }
            c[i] = f[offset];
            for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) {
                index[d] = 0;
            }
        }
        return c;
    }

    private static String find(Pattern p, String header, Path file) throws IOException {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new IOException(file + ": malformed header " + header);
        }
        return m.group(1);
    }

    /** The values as float32, e.g. a reference signal {@code y.npy}. */
    public float[] floats() {
        float[] out = new float[data.length];
        for (int i = 0; i < data.length; i++) out[i] = (float) data[i];
        return out;
    }

    /** A rank-2 array as {@code [rows][cols]}. */
    public double[][] matrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("expected rank 2, got shape " + Arrays.toString(shape));
        }
        double[][] out = new double[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            out[r] = Arrays.copyOfRange(data, r * shape[1], (r + 1) * shape[1]);
        }
        return out;
    }
}
