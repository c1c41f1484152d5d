/** Italian strings of the voucher admin (the Ufficio di Piano's first language). */
export const it = {
  municipalVoucher: {
    nav: "Voucher comunali",
    schemes: { title: "Misure voucher", subtitle: "Voucher comunali assegnati ai cittadini dell'Ambito", new: "Nuova misura", empty: "Nessuna misura", open: "Apri la misura {{name}}" },
    columns: { scheme: "Misura", careAreas: "Aree di cura", window: "Validità", status: "Stato", citizen: "Cittadino", balance: "Saldo", expiry: "Scadenza", date: "Data", movement: "Movimento", order: "Ordine", who: "Chi", reason: "Motivo", amount: "Importo", row: "Riga", outcome: "Esito", email: "E-mail" },
    form: {
      name: "Nome della misura", funding: "Fonte di finanziamento", comuni: "Comuni finanziatori", careAreas: "Aree di cura",
      starts: "Inizio", ends: "Fine", max: "Massimo per cittadino (€)", create: "Crea misura", save: "Salva modifiche",
      created: "Misura creata", saved: "Misura aggiornata", required: "Compila il campo: {{field}}", chooseOne: "Scegli almeno un'opzione: {{field}}",
      edit: "Modifica la misura", cancel: "Annulla",
    },
    close: { button: "Chiudi la misura", title: "Chiudere la misura?", body: "Non si potranno assegnare altri voucher e quelli già assegnati non potranno più essere spesi. Gli ordini già fatti restano invariati.", confirm: "Chiudi", done: "Misura chiusa" },
    assign: {
      title: "Assegna un voucher a un cittadino", search: "Cerca per nome, e-mail o codice fiscale", searching: "Ricerca…", none: "Nessun cittadino trovato",
      amount: "Importo (€)", validUntil: "Valido fino al (facoltativo)", reason: "Motivo (facoltativo)", submit: "Assegna voucher", done: "Voucher assegnato a {{name}}", pick: "Scegli un cittadino",
    },
    import: {
      title: "Importa da CSV", hint: "Intestazione: email o customer_id, amount, valid_until (AAAA-MM-GG, facoltativa)", file: "File CSV", check: "Controlla il file",
      ok: "{{count}} righe corrette: nessun voucher è ancora stato assegnato.", wrong: "Il file contiene errori: correggilo e controllalo di nuovo. Nessun voucher è stato assegnato.",
      confirm: "Conferma e assegna {{count}} voucher", done: "{{count}} voucher assegnati", valid: "Corretta",
    },
    vouchers: { title: "Voucher della misura", empty: "Nessun voucher assegnato", open: "Apri il voucher di {{name}}" },
    voucher: {
      balanceOf: "Saldo {{balance}} di {{granted}} · scade il {{date}}", suspend: "Sospendi", reinstate: "Riattiva", suspended: "Voucher sospeso", reinstated: "Voucher riattivato",
      ledger: "Movimenti", noEntries: "Nessun movimento",
    },
    adjust: { title: "Rettifica", amount: "Importo (€, negativo per togliere)", reason: "Motivo (obbligatorio)", submit: "Registra rettifica", done: "Rettifica registrata", reasonRequired: "Il motivo è obbligatorio (almeno 3 caratteri)." },
    kind: { grant: "Assegnazione", hold: "Riserva", capture: "Pagamento", release: "Sblocco", refund: "Rimborso", reversal: "Storno rimborso", expiry: "Scadenza", adjustment: "Rettifica" },
    status: { active: "Attivo", suspended: "Sospeso", expired: "Scaduto", exhausted: "Esaurito", closed: "Chiusa" },
    schemeStatus: { active: "Attiva", closed: "Chiusa" },
    order: {
      title: "Pagamento con voucher", byVoucher: "Pagato con voucher", byCard: "Pagato con carta", refundLine: "Rimborsa una riga (prima ai voucher, poi alla carta)",
      line: "Riga dell'ordine", amount: "Importo da rimborsare", reason: "Motivo del rimborso", refund: "Rimborsa", done: "Rimborso registrato",
      confirmTitle: "Confermi il rimborso?", confirmBody: "Rimborsi {{amount}} per «{{line}}»: prima ai voucher che l'hanno pagata, poi alla carta.", confirm: "Rimborsa",
      captureFirst: "Cattura prima il pagamento con carta: il rimborso supera la parte pagata con voucher.",
    },
    loading: "Caricamento…", loadError: "Impossibile caricare i dati", system: "Sistema", cancel: "Annulla",
  },
}
