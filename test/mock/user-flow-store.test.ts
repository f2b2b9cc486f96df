// The user-flow store: a deleted connector leaves no step naming it (handlers/delete.ts), and
// flows are matched by kind and id regardless of case.
import { describe, expect, it } from "vitest";
import { DEFAULT_USER_FLOWS, UserFlowStore } from "../../src/mock/user-flow-store.js";

describe("the user-flow store", () => {
  it("clears every step that calls a deleted connector, in every flow, and only those", () => {
    const store = new UserFlowStore([
      { kind: "b2x", id: "B2X_1_a", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 1, steps: {} },
      { kind: "b2c", id: "B2C_1_b", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 1, steps: {} },
    ]);
    store.setStep("b2x", "b2x_1_A", "postFederationSignup", "Connector-1");
    store.setStep("b2x", "B2X_1_a", "postAttributeCollection", "connector-2");
    store.setStep("b2c", "B2C_1_b", "postAttributeCollection", "connector-1");
    expect(store.detachConnector("CONNECTOR-1")).toBe(2);
    expect(store.get("b2x", "B2X_1_a")?.steps).toEqual({ postAttributeCollection: "connector-2" });
    expect(store.get("b2c", "B2C_1_b")?.steps).toEqual({});
  });

  it("keeps flows of the two kinds apart, and copies what it hands out", () => {
    const store = new UserFlowStore();
    expect(store.all("b2x").map((flow) => flow.id)).toEqual(["B2X_1_testuserflow"]);
    expect(store.get("b2c", "B2X_1_testuserflow")).toBeUndefined();
    expect(store.setStep("b2c", "B2X_1_testuserflow", "postFederationSignup", "x")).toBe(false);
    const flow = store.get("b2x", "B2X_1_testuserflow");
    if (flow) flow.steps.postFederationSignup = "changed outside";
    expect(store.get("b2x", "B2X_1_testuserflow")?.steps).toEqual({});
    expect(DEFAULT_USER_FLOWS.every((seeded) => Object.keys(seeded.steps).length === 0)).toBe(true);
  });
});
