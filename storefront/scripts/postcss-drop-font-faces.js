// Drops the @font-face rules of the given families: Bootstrap Italia embeds video.js's icon font
// (7 kB compressed, as a data: URL) in its stylesheet, and the storefront shows no video.
const plugin = ({ families = [] } = {}) => ({
  postcssPlugin: "drop-font-faces",
  AtRule: {
    "font-face": (rule) => {
      let family = ""
      rule.walkDecls("font-family", (decl) => (family = decl.value.replace(/["']/g, "").trim()))
      if (families.includes(family)) rule.remove()
    },
  },
})
plugin.postcss = true
module.exports = plugin
