/** A form-level message, announced to screen readers as soon as it appears. */
export function FormAlert({ message, tone = "danger" }: { message?: string; tone?: "danger" | "success" }) {
  if (!message) return null
  return (
    <div className={`alert alert-${tone}`} role={tone === "danger" ? "alert" : "status"}>
      {message}
    </div>
  )
}
