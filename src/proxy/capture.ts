// A body on its way through the proxy: passed on chunk by chunk as it arrives (backpressure
// kept by stream.pipeline), and copied for validation only up to MAX_BODY_BYTES, so that a
// large upload or download streams in bounded memory and is reported as not validated.
import { Transform, type TransformCallback } from "node:stream";

export class BodyTap extends Transform {
  private chunks: Buffer[] = [];
  /** Bytes that went through, whether kept or not. */
  size = 0;

  constructor(private readonly cap: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size <= this.cap) this.chunks.push(chunk);
    else this.chunks = [];
    done(null, chunk);
  }

  /** The whole body, or undefined when it was larger than the cap. */
  bytes(): Buffer | undefined {
    return this.size > this.cap ? undefined : Buffer.concat(this.chunks, this.size);
  }
}
