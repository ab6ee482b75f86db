// The microphone's AudioWorklet: runs on the audio thread, turns the context's float input (48 or 44.1 kHz, 128
// samples a block) into 20 ms frames of 16 kHz PCM16 and posts each to the page, which sends it on the WebSocket.
// Vite bundles this file on its own (imported with `?worker&url` in browser-audio.ts), with pcm.ts inlined.
import { CAPTURE_PROCESSOR, type CapturedFrame, Downsampler, PcmFramer, encodePcm16, meterLevel } from './pcm';

// The AudioWorkletGlobalScope, which TypeScript's DOM library does not describe.
declare const sampleRate: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

class PcmCaptureProcessor extends AudioWorkletProcessor {
  private readonly downsampler = new Downsampler(sampleRate);
  private readonly framer = new PcmFramer();

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0] ?? [];
    if (channels.length === 0) return true; // not connected yet, or the track ended
    const mono = channels.length === 1 ? channels[0] : mixDown(channels);
    for (const frame of this.framer.push(this.downsampler.push(mono))) {
      const message: CapturedFrame = { pcm: encodePcm16(frame), level: meterLevel(frame) };
      this.port.postMessage(message, [message.pcm]);
    }
    return true;
  }
}

function mixDown(channels: Float32Array[]): Float32Array {
  const out = new Float32Array(channels[0].length);
  for (const channel of channels) for (let i = 0; i < out.length; i++) out[i] += channel[i] / channels.length;
  return out;
}

registerProcessor(CAPTURE_PROCESSOR, PcmCaptureProcessor);
