// The jest setup every Medusa workspace shares (backend and plugins): swc for TypeScript,
// TEST_TYPE choosing the layer, real PostgreSQL from DB_* variables.
const path = require("path")

module.exports = function medusaJestConfig(workspaceDir) {
  require("@medusajs/framework/utils").loadEnv("test", workspaceDir)

  const testMatch = {
    "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
    "integration:modules": ["**/src/modules/*/__tests__/**/*.module.spec.[jt]s"],
    unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s", "**/tests/unit/**/*.spec.[jt]s"],
  }[process.env.TEST_TYPE]

  return {
    rootDir: workspaceDir,
    transform: {
      "^.+\\.[jt]s$": [
        "@swc/jest",
        { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
      ],
    },
    testEnvironment: "node",
    moduleFileExtensions: ["js", "ts", "json"],
    modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
    setupFiles: [path.join(__dirname, "jest.setup.js")],
    testTimeout: 120000,
    ...(testMatch && { testMatch }),
  }
}
