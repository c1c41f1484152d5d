import { preload } from "react-dom"

/** The Titillium Web files of src/styles/fonts.css, by weight. */
const TITILLIUM = {
  300: "titillium-web-v10-latin-ext_latin-300.woff2",
  400: "titillium-web-v10-latin-ext_latin-regular.woff2",
  600: "titillium-web-v10-latin-ext_latin-600.woff2",
  700: "titillium-web-v10-latin-ext_latin-700.woff2",
} as const

/**
 * Asks for the weights a page shows on its first screen with the HTML, not once the stylesheet
 * has been read: the text then appears in its font rather than swapping to it later and moving
 * what is below (layout shift).
 */
export function preloadTitillium(...weights: (keyof typeof TITILLIUM)[]) {
  for (const weight of weights) {
    preload(`/bootstrap-italia/fonts/Titillium_Web/${TITILLIUM[weight]}`, { as: "font", type: "font/woff2", crossOrigin: "anonymous" })
  }
}
