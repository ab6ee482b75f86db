import captureWorkletUrl from './pcm-worklet.ts?worker&url';
import { CAPTURE_PROCESSOR, type CapturedFrame, PCM_SAMPLE_RATE, Pcm16Decoder } from './pcm';
import { type VoiceAudio, VoiceCallError } from './pcm-call';
import { PlaybackTimeline } from './playback-timeline';

// The call's audio in the browser, on one AudioContext at the device's rate: the microphone (echo cancellation and
// noise suppression on) through the capture worklet, which posts 20 ms PCM16 16 kHz frames; the bot's PCM16 laid
// end to end as AudioBufferSourceNodes on the context's clock (the buffers are 16 kHz, Web Audio resamples them);
// marks checked against that clock.

/** How often pending marks are checked against the audio clock. */
const MARK_POLL_MS = 20;
/** The longest `close(drain)` waits for queued audio. */
const MAX_DRAIN_MS = 10_000;

const MIC_ERRORS: Record<string, string> = {
  NotAllowedError: 'MIC_DENIED',
  SecurityError: 'MIC_DENIED',
  NotFoundError: 'MIC_NOT_FOUND',
  OverconstrainedError: 'MIC_NOT_FOUND',
  NotReadableError: 'MIC_BUSY',
  AbortError: 'MIC_BUSY',
};

export class BrowserAudio implements VoiceAudio {
  private readonly context: AudioContext;
  private readonly timeline = new PlaybackTimeline<() => void>();
  private readonly decoder = new Pcm16Decoder();
  private readonly sources = new Set<AudioBufferSourceNode>();
  private stream: MediaStream | null = null;
  private capture: AudioWorkletNode | null = null;
  private markTimer: ReturnType<typeof setInterval> | null = null;
  private closed = false;

  /** Call from the click that starts the call: browsers let audio start only after a gesture. */
  constructor() {
    const Context = window.AudioContext as typeof AudioContext | undefined;
    if (!Context) throw new VoiceCallError('MIC_UNSUPPORTED');
    this.context = new Context({ latencyHint: 'interactive' });
    void this.context.resume().catch(() => undefined);
  }

  async startMicrophone(onFrame: (frame: CapturedFrame) => void): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia || !this.context.audioWorklet) throw new VoiceCallError('MIC_UNSUPPORTED');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 } });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw new VoiceCallError(MIC_ERRORS[name] ?? 'MIC_UNSUPPORTED');
    }
    if (this.closed) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    this.stream = stream;
    await this.context.audioWorklet.addModule(captureWorkletUrl);
    if (this.closed) return;
    const node = new AudioWorkletNode(this.context, CAPTURE_PROCESSOR, {
      numberOfInputs: 1,
      // No output: nothing of the microphone reaches the loudspeaker, and Chrome pulls such a node by itself.
      numberOfOutputs: 0,
      channelCount: 1,
      channelCountMode: 'explicit',
    });
    node.port.onmessage = (event: MessageEvent<CapturedFrame>) => onFrame(event.data);
    this.context.createMediaStreamSource(stream).connect(node);
    this.capture = node;
  }

  play(pcm: ArrayBuffer): void {
    if (this.closed) return;
    const samples = this.decoder.decode(pcm);
    if (samples.length === 0) return;
    const buffer = this.context.createBuffer(1, samples.length, PCM_SAMPLE_RATE);
    buffer.copyToChannel(samples, 0);
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.context.destination);
    source.onended = () => this.sources.delete(source);
    source.start(this.timeline.schedule(this.context.currentTime, buffer.duration));
    this.sources.add(source);
  }

  mark(played: () => void): void {
    if (this.closed) return;
    this.timeline.mark(played, this.context.currentTime);
    this.markTimer ??= setInterval(() => this.checkMarks(), MARK_POLL_MS);
    this.checkMarks();
  }

  clear(): void {
    for (const source of this.sources) {
      try {
        source.stop();
      } catch {
        // never started or already stopped
      }
      source.disconnect();
    }
    this.sources.clear();
    this.timeline.clear();
    this.stopMarkTimer();
  }

  get speaking(): boolean {
    return !this.closed && this.timeline.playing(this.heardTime());
  }

  close(drain = false): void {
    if (this.closed) return;
    this.closed = true;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.capture?.port.close();
    this.capture?.disconnect();
    this.stopMarkTimer();
    const remainingMs = drain ? Math.min(MAX_DRAIN_MS, Math.max(0, this.timeline.queuedUntil - this.context.currentTime) * 1000) : 0;
    setTimeout(() => {
      this.clear();
      void this.context.close().catch(() => undefined);
    }, remainingMs);
  }

  /** The clock time the listener is hearing now: the context's, less the output's latency where the browser says. */
  private heardTime(): number {
    return this.context.currentTime - (this.context.outputLatency || 0);
  }

  private checkMarks(): void {
    for (const played of this.timeline.due(this.heardTime())) played();
    if (this.timeline.pendingMarks === 0) this.stopMarkTimer();
  }

  private stopMarkTimer(): void {
    if (this.markTimer !== null) clearInterval(this.markTimer);
    this.markTimer = null;
  }
}
