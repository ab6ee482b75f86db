import { SpeechErrorCode, SpeechProviderError } from './speech-provider.js';

/**
 * One HTTP request to a speech server, bounded by a timeout and the caller's signal together. Errors thrown while it
 * is under way (sending, or reading the body) are mapped by `failure`: the caller's abort gives the caller's reason,
 * the timeout and network failures a {@link SpeechProviderError}.
 */
export class ProviderRequest {
  readonly signal: AbortSignal;
  private readonly timeout: AbortSignal;

  constructor(
    private readonly provider: string,
    private readonly timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.timeout = AbortSignal.timeout(timeoutMs);
    this.signal = callerSignal ? AbortSignal.any([callerSignal, this.timeout]) : this.timeout;
  }

  /** POSTs and checks the status; a non-2xx answer becomes an `HTTP_ERROR` with the server's message. */
  async post(url: string, init: { headers: Record<string, string>; body: string | FormData }): Promise<Response> {
    this.callerSignal?.throwIfAborted();
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: init.headers, body: init.body, signal: this.signal });
    } catch (error) {
      throw this.failure(error, url);
    }
    if (!response.ok) {
      const detail = await this.errorDetail(response);
      throw new SpeechProviderError(
        this.provider,
        SpeechErrorCode.HTTP_ERROR,
        `HTTP ${response.status} from POST ${url}${detail ? `: ${detail}` : ''}`,
        response.status,
      );
    }
    return response;
  }

  /** The error to throw for `error`, raised while this request was under way. */
  failure(error: unknown, url?: string): unknown {
    if (this.callerSignal?.aborted) return this.callerSignal.reason;
    if (error instanceof SpeechProviderError) return error;
    const where = url ? ` from POST ${url}` : '';
    if (this.timeout.aborted) {
      return new SpeechProviderError(this.provider, SpeechErrorCode.TIMEOUT, `no answer within ${this.timeoutMs} ms${where}`, undefined, {
        cause: error,
      });
    }
    const reason = (error as Error)?.cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error)?.message;
    return new SpeechProviderError(
      this.provider,
      SpeechErrorCode.NETWORK_ERROR,
      `request failed${where}: ${reason ?? String(error)}`,
      undefined,
      {
        cause: error,
      },
    );
  }

  private async errorDetail(response: Response): Promise<string> {
    let text: string;
    try {
      text = await response.text();
    } catch {
      return '';
    }
    try {
      const json = JSON.parse(text) as { error?: { message?: unknown } | string; detail?: unknown; message?: unknown };
      const message = typeof json.error === 'string' ? json.error : (json.error?.message ?? json.detail ?? json.message);
      if (typeof message === 'string') text = message;
    } catch {
      // not JSON: the text itself
    }
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
  }
}

/** `baseUrl` with any trailing slashes dropped, then `path`. */
export function endpoint(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
