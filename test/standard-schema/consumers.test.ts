// The Standard Schema objects in two real consumers from npm: TanStack Form (form-level
// validators, whose issues it maps to fields by path) and Hono's @hono/standard-validator
// (a request validator), served over loopback HTTP by @hono/node-server.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { sValidator } from "@hono/standard-validator";
import { FormApi } from "@tanstack/form-core";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { components } from "../../generated/schema.js";
import { schemas } from "../../src/standard-schema/index.js";

type CreateBody = components["schemas"]["identityApiConnectorCreate"];

const SECRET = "Tr0ub4dor&3-never-echoed";
const valid: CreateBody = {
  displayName: "Loyalty number check",
  targetUrl: "https://api.contoso.com/validate-signup",
  authenticationConfiguration: {
    "@odata.type": "#microsoft.graph.basicAuthentication",
    username: "entra",
    password: SECRET,
  },
};

describe("TanStack Form (@tanstack/form-core)", () => {
  function formWith(values: CreateBody, submitted: CreateBody[]) {
    const form = new FormApi({
      defaultValues: values,
      validators: { onSubmit: schemas.createIdentityApiConnector.request },
      onSubmit: ({ value }) => void submitted.push(value),
    });
    form.mount();
    return form;
  }

  it("puts each issue on the field its path names and does not submit", async () => {
    const submitted: CreateBody[] = [];
    const form = formWith(
      {
        ...valid,
        targetUrl: "http://api.contoso.com",
        authenticationConfiguration: {
          ...valid.authenticationConfiguration,
          username: "",
        } as CreateBody["authenticationConfiguration"],
      },
      submitted,
    );
    await form.handleSubmit();
    expect(submitted).toEqual([]);
    expect(form.state.isValid).toBe(false);
    expect(form.getFieldMeta("targetUrl")?.errors).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("https://"), path: ["targetUrl"] }),
    );
    expect(form.getFieldMeta("authenticationConfiguration.username")?.errors).toContainEqual(
      expect.objectContaining({ path: ["authenticationConfiguration", "username"] }),
    );
    expect(JSON.stringify(form.state.fieldMeta)).not.toContain(SECRET);
  });

  it("submits a body the contract accepts", async () => {
    const submitted: CreateBody[] = [];
    const form = formWith(valid, submitted);
    await form.handleSubmit();
    expect(form.state.errors).toEqual([]);
    expect(submitted).toEqual([valid]);
  });
});

describe("Hono (@hono/standard-validator) over HTTP", () => {
  const received: CreateBody[] = [];
  let server: ReturnType<typeof serve>;
  let baseUrl: string;

  beforeAll(async () => {
    const app = new Hono().post(
      "/identity/apiConnectors",
      // The hook answers with the issues only: the validator's default 400 echoes the body it
      // received (`data`), which would send a password back.
      sValidator("json", schemas.createIdentityApiConnector.request, (result, c) =>
        result.success ? undefined : c.json({ error: { code: "BadRequest", issues: result.error } }, 400),
      ),
      (c) => {
        const body = c.req.valid("json");
        received.push(body);
        return c.json({ id: "00000000-0000-0000-0000-000000000001", displayName: body.displayName }, 201);
      },
    );
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  const post = (body: unknown) =>
    fetch(`${baseUrl}/identity/apiConnectors`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("passes a conforming body to the handler, typed as the generated create body", async () => {
    const response = await post(valid);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ displayName: valid.displayName });
    expect(received).toContainEqual(valid);
  });

  it("answers 400 with the issues, their paths and no secret, for a body the contract rejects", async () => {
    const response = await post({
      ...valid,
      authenticationConfiguration: { "@odata.type": "#Microsoft.Cpim.Basic", password: SECRET },
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    const { error } = JSON.parse(text) as { error: { issues: { message: string; path?: PropertyKey[] }[] } };
    expect(error.issues).toContainEqual({
      message: expect.stringContaining("Microsoft.Cpim"),
      path: ["authenticationConfiguration", "@odata.type"],
    });
  });
});
