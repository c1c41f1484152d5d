module.exports = require("../../jest.medusa.js")(__dirname)
