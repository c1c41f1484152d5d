const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each test file loads the models afresh; stale metadata from a previous file breaks MikroORM.
MetadataStorage.clear()
