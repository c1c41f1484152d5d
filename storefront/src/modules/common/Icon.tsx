/** A Bootstrap Italia icon from the sprite served in public/ (decorative unless a title is given). */
export function Icon({ name, className, title }: { name: string; className?: string; title?: string }) {
  return (
    <svg
      className={["icon", className].filter(Boolean).join(" ")}
      aria-hidden={title ? undefined : true}
      role={title ? "img" : undefined}
      focusable="false"
    >
      {title ? <title>{title}</title> : null}
      <use href={`/bootstrap-italia/svg/sprites.svg#${name}`} />
    </svg>
  )
}
