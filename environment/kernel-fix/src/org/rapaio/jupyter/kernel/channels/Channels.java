package org.rapaio.jupyter.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Stack;

import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageId;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.IOPubStatus;
import org.rapaio.jupyter.kernel.message.messages.IOPubStream;
import org.rapaio.org.zeromq.ZMQ;

/**
 * Drop-in replacement for rapaio-jupyter-kernel 3.0.1's {@code Channels} (same name, same public members), placed
 * ahead of the kernel jar on the kernel's class path. Behaviour is the original's except for the order in
 * {@link #connect}.
 *
 * <p>The original binds the five sockets, which starts their loop threads, and only afterwards registers the kernel
 * and fills the handler map. A client sends {@code kernel_info_request} as soon as the ports answer; if it arrives in
 * that window, {@code ShellChannel} calls {@link #getHandler} on a null map, its loop thread dies with a
 * NullPointerException and the client waits forever. Here the handlers and the kernel are in place before any socket
 * is bound, and starting the loop threads publishes them to those threads.
 */
public final class Channels {

    private final ConnectionProperties connProps;
    private final ZMQ.Context ctx;
    private final HeartbeatChannel heartbeat;
    private final ShellChannel shell;
    private final ControlChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;
    private final Set<AbstractChannel> channels;
    private final Stack<Runnable> afterActions = new Stack<>();
    private final Map<MessageType<?>, MessageHandler<?>> handlers = new HashMap<>();
    private MessageId<?> msgId;
    private boolean isConnected = false;
    private boolean requestShutdown = false;

    public Channels(ConnectionProperties connProps) throws NoSuchAlgorithmException, InvalidKeyException {
        this.connProps = connProps;
        this.ctx = ZMQ.context(1);
        HMACDigest hmac = connProps.createHMACDigest();
        this.heartbeat = new HeartbeatChannel(this, ctx, hmac);
        this.shell = new ShellChannel(this, ctx, hmac, this);
        this.control = new ControlChannel(this, ctx, hmac);
        this.stdin = new StdinChannel(this, ctx, hmac);
        this.iopub = new IOPubChannel(this, ctx, hmac);
        this.channels = Set.of(heartbeat, shell, control, stdin, iopub);
    }

    /** Registers the kernel and its handlers, then binds the sockets and announces {@code starting} on IOPub. */
    public void connect(RapaioKernel kernel) {
        if (isConnected) {
            return;
        }
        kernel.registerChannels(this);
        handle(MessageType.SHELL_EXECUTE_REQUEST, kernel::handleExecuteRequest);
        handle(MessageType.SHELL_INSPECT_REQUEST, kernel::handleInspectRequest);
        handle(MessageType.SHELL_COMPLETE_REQUEST, kernel::handleCompleteRequest);
        handle(MessageType.SHELL_HISTORY_REQUEST, kernel::handleHistoryRequest);
        handle(MessageType.SHELL_IS_COMPLETE_REQUEST, kernel::handleIsCompleteRequest);
        handle(MessageType.SHELL_KERNEL_INFO_REQUEST, kernel::handleKernelInfoRequest);
        handle(MessageType.CONTROL_SHUTDOWN_REQUEST, kernel::handleShutdownRequest);
        handle(MessageType.CONTROL_INTERRUPT_REQUEST, kernel::handleInterruptRequest);
        handle(MessageType.CUSTOM_COMM_OPEN, kernel::handleCommOpenCommand);
        handle(MessageType.CUSTOM_COMM_MSG, kernel::handleCommMsgCommand);
        handle(MessageType.CUSTOM_COMM_CLOSE, kernel::handleCommCloseCommand);
        handle(MessageType.SHELL_COMM_INFO_REQUEST, kernel::handleCommInfoRequest);
        channels.forEach(channel -> channel.bind(connProps));
        iopub.sendMessage(new Message<>(MessageType.IOPUB_STATUS, IOPubStatus.STARTING));
        isConnected = true;
    }

    private <T> void handle(MessageType<T> type, MessageHandler<T> handler) {
        handlers.put(type, handler);
    }

    @SuppressWarnings("unchecked") // handle() pairs each type with a handler of the same T
    public <T> MessageHandler<T> getHandler(MessageType<T> type) {
        return (MessageHandler<T>) handlers.get(type);
    }

    public void close() {
        channels.forEach(AbstractChannel::close);
        ctx.close();
    }

    public void joinUntilClose() {
        channels.forEach(AbstractChannel::joinUntilClose);
    }

    public boolean hasMsgId() {
        return msgId != null;
    }

    public void setMsgId(MessageId<?> msgId) {
        this.msgId = msgId;
    }

    public void freeMsgId() {
        msgId = null;
    }

    public void markForShutdown() {
        requestShutdown = true;
    }

    public boolean isMarkedForShutdown() {
        return requestShutdown;
    }

    public void writeToStdOut(String s) {
        publish(new IOPubStream(IOPubStream.StreamName.OUT, s));
    }

    public void writeToStdErr(String s) {
        publish(new IOPubStream(IOPubStream.StreamName.ERR, s));
    }

    public String readFromStdIn() {
        return stdin.getInput(msgId, "", false);
    }

    public <T extends ContentType<T>> void publish(T content) {
        iopub.sendMessage(new Message<>(msgId, content.type(), content));
    }

    public <T extends ContentType<T>> void reply(T content) {
        shell.sendMessage(new Message<>(msgId, content.type(), content));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public void replyError(MessageType<?> type, ErrorReply error) {
        shell.sendMessage(new Message(msgId, type, error));
    }

    public void scheduleAfter(Runnable action) {
        afterActions.push(action);
    }

    public void runAfterActions() {
        while (!afterActions.isEmpty()) {
            afterActions.pop().run();
        }
    }

    public void busyThenIdle() {
        publish(IOPubStatus.BUSY);
        scheduleAfter(() -> publish(IOPubStatus.IDLE));
    }
}
