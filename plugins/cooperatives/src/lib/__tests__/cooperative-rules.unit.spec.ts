import {
  canChangeAccreditation,
  checkCooperativeFields,
  normalizeCodiceFiscale,
  normalizeIban,
  normalizePartitaIva,
} from "../cooperative-rules"

const known = { careAreas: ["silvercare", "youcare"], comuni: ["012127"] }

describe("cooperative rules", () => {
  it("checks the partita IVA's check digit and layout", () => {
    expect(normalizePartitaIva("34079190129")).toBe("34079190129")
    expect(normalizePartitaIva("34079190128")).toBeNull()
    expect(normalizePartitaIva("3407919012")).toBeNull()
    expect(normalizePartitaIva("ABCDEFGHIJK")).toBeNull()
  })

  it("accepts a numeric or a personal codice fiscale, nothing else", () => {
    expect(normalizeCodiceFiscale("34079190129")).toBe("34079190129")
    expect(normalizeCodiceFiscale("rssmra85c52l319h")).toBe("RSSMRA85C52L319H")
    expect(normalizeCodiceFiscale("RSSMRA85C52L319X")).toBeNull()
  })

  it("normalizes a valid IBAN and refuses a wrong checksum", () => {
    expect(normalizeIban("it27 a050 3450 4400 0000 0100 037")).toBe("IT27A0503450440000000100037")
    expect(normalizeIban("IT27A0503450440000000100038")).toBeNull()
    expect(normalizeIban("IT27")).toBeNull()
  })

  it("reports every broken field at once", () => {
    const { issues } = checkCooperativeFields(
      { partita_iva: "1", iban: "x", care_areas: ["astrologia"], comuni_served: ["999999"] },
      known
    )
    expect(issues.map((i) => i.code)).toEqual([
      "invalid_partita_iva",
      "invalid_iban",
      "unknown_care_area",
      "unknown_comune",
    ])
    expect(checkCooperativeFields({ partita_iva: "34079190129", care_areas: ["youcare"] }, known).issues).toEqual([])
  })

  it("allows only real accreditation decisions", () => {
    expect(canChangeAccreditation("pending", "accredited")).toBe(true)
    expect(canChangeAccreditation("accredited", "accredited")).toBe(false)
    expect(canChangeAccreditation("suspended", "accredited")).toBe(true)
    expect(canChangeAccreditation("revoked", "accredited")).toBe(false)
  })
})
