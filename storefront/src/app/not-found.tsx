import "bootstrap-italia/dist/css/bootstrap-italia.min.css"

// Reached only for paths outside the localized routes (the middleware localizes the rest).
export default function RootNotFound() {
  return (
    <html lang="it">
      <body>
        <main className="container py-5">
          <h1>Pagina non trovata</h1>
          <p>
            <a href="/">Torna alla home</a>
          </p>
        </main>
      </body>
    </html>
  )
}
