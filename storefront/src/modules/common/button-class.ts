/**
 * Bootstrap Italia's button classes, as design-react-kit's Button set them: plain markup keeps
 * the kit (and reactstrap under it) out of every page's JavaScript.
 */
export const buttonClass = (color: string, disabled: boolean, className?: string) =>
  ["btn", `btn-${color}`, disabled ? "disabled" : "", className ?? ""].filter(Boolean).join(" ")
