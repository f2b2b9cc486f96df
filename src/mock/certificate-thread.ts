// PKCS #12 files are read on a worker thread (issue 10): node-forge's key derivations are
// synchronous, and even within the iteration bound (pkcs12-iterations.ts) a file costs up to
// seconds of CPU that would otherwise stall every other request the mock is serving. One
// worker, started on the first certificate and unref'd (it never keeps a process alive),
// reads one file at a time; a file that takes longer than READ_TIME_LIMIT_MS (a count hidden
// inside encrypted content, say) ends the worker, and the next file gets a fresh one.
import { Worker } from "node:worker_threads";
import { CertificateError, type CertificateProblem } from "./certificate.js";
import type { StoredCertificate } from "./store.js";

/** Longest one PFX may take to read: far above the seconds the largest allowed counts cost. */
export const READ_TIME_LIMIT_MS = 30_000;

export interface CertificateJob {
  pkcs12Value: string;
  password: string;
}

export type CertificateAnswer =
  | { certificate: StoredCertificate }
  | { problem: CertificateProblem; message: string }
  | { failure: string };

interface Queued extends CertificateJob {
  resolve: (certificate: StoredCertificate) => void;
  reject: (error: Error) => void;
}

const queue: Queued[] = [];
let worker: Worker | undefined;
let busy = false;

function startWorker(): Worker {
  const here = import.meta.url;
  // From the TypeScript sources (the test suites), tsx compiles the worker; dist runs the .js.
  const started = here.endsWith(".ts")
    ? new Worker(
        `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./certificate-worker.ts", here).href)}); })`,
        { eval: true },
      )
    : new Worker(new URL("./certificate-worker.js", here));
  started.unref();
  // Between jobs too: an error or an exit forgets this worker (the next job starts another).
  started.on("error", () => undefined);
  started.on("exit", () => {
    if (worker === started) worker = undefined;
  });
  return started;
}

function next(): void {
  const job = queue.shift();
  if (!job) return;
  busy = true;
  if (!worker) worker = startWorker();
  const current = worker;
  const done = (settle: () => void) => {
    clearTimeout(timer);
    current.off("message", onMessage);
    current.off("error", onFailure);
    current.off("exit", onFailure);
    busy = false;
    settle();
    next();
  };
  const retire = () => {
    if (worker === current) worker = undefined;
    void current.terminate();
  };
  const onMessage = (answer: CertificateAnswer) =>
    done(() => {
      if ("certificate" in answer) job.resolve(answer.certificate);
      else if ("problem" in answer) job.reject(new CertificateError(answer.problem, answer.message));
      else job.reject(new Error(`the certificate reader failed (${answer.failure})`));
    });
  const onFailure = () =>
    done(() => {
      retire();
      job.reject(new Error("the certificate reader stopped"));
    });
  const timer = setTimeout(
    () =>
      done(() => {
        retire(); // it may be deep in a key derivation: only ending the thread stops it
        job.reject(
          new CertificateError(
            "tooSlow",
            `reading the PKCS #12 file took longer than ${READ_TIME_LIMIT_MS / 1000} s (too many MAC or key-derivation iterations)`,
          ),
        );
      }),
    READ_TIME_LIMIT_MS,
  );
  timer.unref();
  current.on("message", onMessage);
  current.once("error", onFailure);
  current.once("exit", onFailure);
  current.postMessage({ pkcs12Value: job.pkcs12Value, password: job.password } satisfies CertificateJob);
}

/** readPkcs12 (certificate.ts) on the worker thread; rejects with its CertificateError. */
export function readPkcs12OffThread(pkcs12Value: string, password: string): Promise<StoredCertificate> {
  return new Promise((resolve, reject) => {
    queue.push({ pkcs12Value, password, resolve, reject });
    if (!busy) next();
  });
}
