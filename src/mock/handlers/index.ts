import type { OperationId } from "../router.js";
import type { Handler } from "./context.js";
import { createConnector } from "./create.js";
import { deleteConnector } from "./delete.js";
import { getConnector } from "./get.js";
import { listConnectors } from "./list.js";
import { updateConnector } from "./update.js";
import { uploadCertificate } from "./upload.js";
import { getApiConnectorConfiguration, getUserFlow, listUserFlows, setApiConnector } from "./user-flows.js";

export type { Handler, HandlerContext, MockResult } from "./context.js";

/** One handler per operation of the spec; the Record type makes a missing one a compile error. */
export const handlers: Record<OperationId, Handler> = {
  createIdentityApiConnector: createConnector,
  listIdentityApiConnectors: listConnectors,
  getIdentityApiConnector: getConnector,
  updateIdentityApiConnector: updateConnector,
  deleteIdentityApiConnector: deleteConnector,
  uploadIdentityApiConnectorClientCertificate: uploadCertificate,
  listB2xUserFlows: listUserFlows("b2x"),
  getB2xUserFlow: getUserFlow("b2x"),
  getB2xUserFlowApiConnectorConfiguration: getApiConnectorConfiguration("b2x"),
  setB2xUserFlowApiConnector: setApiConnector("b2x"),
  listB2cUserFlows: listUserFlows("b2c"),
  getB2cUserFlow: getUserFlow("b2c"),
  getB2cUserFlowApiConnectorConfiguration: getApiConnectorConfiguration("b2c"),
  setB2cUserFlowApiConnector: setApiConnector("b2c"),
};
