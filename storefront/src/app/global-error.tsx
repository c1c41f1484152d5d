"use client"

// Last resort when even the site's layout fails (e.g. the backend is unreachable):
// no translations are available here, so it speaks Italian and English.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="it">
      <body style={{ fontFamily: "sans-serif", padding: "2rem" }}>
        <main>
          <h1>Servizio momentaneamente non disponibile</h1>
          <p lang="en">The service is temporarily unavailable.</p>
          <button type="button" onClick={reset}>Riprova / Try again</button>
        </main>
      </body>
    </html>
  )
}
