// The worker side of certificate-thread.ts: reads one PFX per message, off the mock's event
// loop, and answers with the certificate's facts or why it could not be read.
import { parentPort } from "node:worker_threads";
import { CertificateError, readPkcs12 } from "./certificate.js";
import type { CertificateAnswer, CertificateJob } from "./certificate-thread.js";

parentPort?.on("message", async ({ pkcs12Value, password }: CertificateJob) => {
  let answer: CertificateAnswer;
  try {
    answer = { certificate: await readPkcs12(pkcs12Value, password) };
  } catch (error) {
    answer =
      error instanceof CertificateError
        ? { problem: error.problem, message: error.message }
        : { failure: error instanceof Error ? error.name : "error" }; // never the file or the password
  }
  parentPort?.postMessage(answer);
});
