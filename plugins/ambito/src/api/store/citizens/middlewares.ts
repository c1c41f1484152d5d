import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { refuseIdentityChange } from "../../utils/refuse-identity-change"
import {
  StoreCheckCitizenProfile,
  StoreRegisterCitizen,
  StoreUpdateCitizenProfile,
} from "./validators"

export const storeCitizenMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/citizens/validate",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreCheckCitizenProfile)],
  },
  {
    // Registration: the caller holds a token of an auth identity that has no customer yet.
    matcher: "/store/citizens",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(StoreRegisterCitizen),
    ],
  },
  {
    matcher: "/store/citizens/me",
    methods: ["GET", "POST"],
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/citizens/me",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreUpdateCitizenProfile)],
  },
  {
    matcher: "/store/citizens/me/change-requests",
    methods: ["GET", "POST"],
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/citizens/me/change-requests",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreUpdateCitizenProfile)],
  },
  {
    // The names are part of the identity the codice fiscale was checked against at registration.
    matcher: "/store/customers/me",
    methods: ["POST"],
    middlewares: [refuseIdentityChange],
  },
]
