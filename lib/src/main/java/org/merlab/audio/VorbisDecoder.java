package org.merlab.audio;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decodes the first logical Ogg Vorbis stream of a file with JOrbis (a Java port of libvorbis), keeping the
 * decoder's float output as libsndfile's float reader does. Like libvorbis ({@code vorbis_synthesis_blockin}),
 * the stream is trimmed to its granule positions: samples decoded by the end of the first audio page beyond that
 * page's granule position are dropped from the start (128 for the Wesnoth files, which JOrbis alone would keep),
 * and the stream ends at the granule position of its last page.
 */
final class VorbisDecoder {

    /**
     * The version of the samples this decoder (JOrbis plus granule trimming) produces. Raise it whenever they change (a
     * fix, a dependency upgrade that changes them): it is part of {@link Audio#SIGNATURE}, hence of every feature cache
     * key, so features cached from the old samples are recomputed. {@code AudioTest} pins what each version gives.
     */
    static final int VERSION = 1;


    private static final int HEADER_PACKETS = 3;

    private final Path file;
    private final MonoBuffer out;
    private final Info info = new Info();
    /** Output decoded before the leading trim is known, per channel. */
    private float[][] pending;
    private int pendingSize;
    /** Samples to drop at the start; negative until the first audio page with a granule position. */
    private long lead = -1;
    private long decoded;
    private long kept;
    private long end = Long.MAX_VALUE;

    private VorbisDecoder(Path file, MonoBuffer out) {
        this.file = file;
        this.out = out;
    }

    static void decode(Path file, byte[] bytes, MonoBuffer out) {
        try {
            new VorbisDecoder(file, out).run(bytes);
        } catch (AudioException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AudioException(file, "corrupt Ogg Vorbis data", e);
        }
    }

    private void run(byte[] bytes) {
        SyncState sync = new SyncState();
        sync.init();
        int at = sync.buffer(bytes.length);
        System.arraycopy(bytes, 0, sync.data, at, bytes.length);
        sync.wrote(bytes.length);
        Page page = new Page();
        Packet packet = new Packet();
        StreamState stream = new StreamState();
        Comment comment = new Comment();
        info.init();
        comment.init();
        DspState dsp = new DspState();
        Block block = new Block(dsp);
        float[][][] pcm = new float[1][][];
        int[] offsets = null;
        int headers = 0;
        Integer serial = null;
        while (!out.full()) {
            int got = sync.pageout(page);
            if (got <= 0) {
                throw new AudioException(file, got == 0
                        ? "truncated Ogg stream: it ends without an end-of-stream page after " + decoded + " samples"
                        : "corrupt Ogg data: a page is missing or damaged after " + decoded + " samples");
            }
            if (serial == null) {
                serial = page.serialno();
                stream.init(serial);
            } else if (page.serialno() != serial) {
                continue; // another logical stream (chained or multiplexed): only the first is decoded
            }
            if (stream.pagein(page) < 0) {
                throw new AudioException(file, "corrupt Ogg page after " + decoded + " samples");
            }
            if (page.eos() != 0 && page.granulepos() >= 0) {
                end = page.granulepos();
            }
            for (int p; (p = stream.packetout(packet)) != 0; ) {
                if (p < 0) {
                    throw new AudioException(file, "corrupt Ogg packet after " + decoded + " samples");
                }
                if (headers < HEADER_PACKETS) {
                    if (info.synthesis_headerin(comment, packet) < 0) {
                        throw new AudioException(file, "Ogg stream is not Vorbis or its header is corrupt");
                    }
                    if (++headers == HEADER_PACKETS) {
                        dsp.synthesis_init(info);
                        block.init(dsp);
                        out.begin(info.rate);
                        offsets = new int[info.channels];
                        pending = new float[info.channels][1 << 15];
                    }
                    continue;
                }
                if (block.synthesis(packet) == 0) {
                    dsp.synthesis_blockin(block);
                }
                for (int n; (n = dsp.synthesis_pcmout(pcm, offsets)) > 0; dsp.synthesis_read(n)) {
                    decoded += n;
                    if (lead < 0) {
                        hold(pcm[0], offsets, n);
                    } else {
                        emit(pcm[0], offsets, n);
                    }
                }
            }
            if (lead < 0 && decoded > 0 && page.granulepos() >= 0) {
                lead = page.eos() != 0 ? 0 : Math.max(0, decoded - page.granulepos());
                releasePending();
            }
            if (page.eos() != 0) {
                if (headers < HEADER_PACKETS) {
                    throw new AudioException(file, "Ogg Vorbis stream ends inside its headers");
                }
                releasePending();
                return;
            }
        }
    }

    private void hold(float[][] pcm, int[] offsets, int n) {
        if (pendingSize + n > pending[0].length) {
            for (int c = 0; c < pending.length; c++) {
                pending[c] = Arrays.copyOf(pending[c], Math.max(2 * pending[c].length, pendingSize + n));
            }
        }
        for (int c = 0; c < pending.length; c++) {
            System.arraycopy(pcm[c], offsets[c], pending[c], pendingSize, n);
        }
        pendingSize += n;
    }

    private void releasePending() {
        if (pendingSize == 0) {
            return;
        }
        int skip = (int) Math.min(Math.max(lead, 0), pendingSize);
        int[] from = new int[pending.length];
        Arrays.fill(from, skip);
        emit(pending, from, pendingSize - skip);
        pendingSize = 0;
    }

    /** Passes decoded samples on, up to the end granule position. */
    private void emit(float[][] pcm, int[] offsets, int n) {
        int take = (int) Math.min(n, end - kept);
        if (take > 0) {
            out.add(pcm, offsets, info.channels, take);
            kept += take;
        }
    }
}
