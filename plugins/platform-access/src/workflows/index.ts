export * from "./assign-role"
export * from "./steps/create-role-assignment"
export * from "./steps/validate-role-assignment"
