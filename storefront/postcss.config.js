// Bootstrap Italia's stylesheet is 600 kB (90 kB compressed) and blocks the first paint; the
// storefront uses a small part of it. PurgeCSS keeps the rules whose classes, ids and elements
// appear in the storefront's code (the header, the menu and the buttons are written out in it,
// not rendered by design-react-kit), plus the classes put together at run time. Then Next's own
// defaults (a file of this name replaces them).
const path = require("node:path")

module.exports = {
  plugins: {
    "@fullhuman/postcss-purgecss": {
      content: [path.join(__dirname, "src/**/*.{ts,tsx,js,jsx}")],
      // Built at run time: FormAlert's `alert-${tone}`, buttonClass's `btn-${color}`.
      safelist: { standard: ["alert-danger", "alert-success", "btn-primary", "btn-secondary", "btn-danger"] },
      // Each file is purged on its own: the @font-face rules of fonts.css are used by
      // Bootstrap Italia's file, so font faces stay (the one unused, video.js's icon font,
      // goes below). Keyframes are defined and used within Bootstrap Italia's file.
      fontFace: false,
      keyframes: true,
    },
    "./scripts/postcss-drop-font-faces.js": { families: ["VideoJS"] },
    "next/dist/compiled/postcss-flexbugs-fixes": {},
    "next/dist/compiled/postcss-preset-env": {
      browsers: ["defaults"],
      autoprefixer: { flexbox: "no-2009" },
      stage: 3,
      features: { "custom-properties": false },
    },
  },
}
