import {
  findFormatIssues,
  isValidCodiceFiscale,
  isValidHouseholdSize,
  normalizeCodiceFiscale,
} from "../../../lib/citizen-rules"
import { localeFrom, message } from "../../../lib/messages"

describe("codice fiscale", () => {
  it("accepts a valid code typed in lower case with spaces", () => {
    expect(isValidCodiceFiscale("rssmra 85c52 l319h")).toBe(true)
    expect(normalizeCodiceFiscale("rssmra 85c52 l319h")).toBe("RSSMRA85C52L319H")
  })

  it("rejects a wrong check character, a wrong length and garbage", () => {
    expect(isValidCodiceFiscale("RSSMRA85C52L319X")).toBe(false)
    expect(isValidCodiceFiscale("RSSMRA85C52L319")).toBe(false)
    expect(isValidCodiceFiscale("")).toBe(false)
    expect(isValidCodiceFiscale("'; DROP TABLE x;--")).toBe(false)
  })

  it("rejects an impossible month letter", () => {
    // Z is not a month letter; the check character alone would not catch every such error.
    expect(isValidCodiceFiscale("RSSMRA85Z52L319H")).toBe(false)
  })
})

describe("household size", () => {
  it.each([1, 3, 20])("accepts %p", (n) => expect(isValidHouseholdSize(n)).toBe(true))
  it.each([0, 21, 40, -1, 2.5, NaN, "3"])("rejects %p", (n) =>
    expect(isValidHouseholdSize(n)).toBe(false)
  )
})

describe("format issues", () => {
  it("lists every bad field and nothing for good ones", () => {
    expect(findFormatIssues({ codice_fiscale: "RSSMRA85C52L319H", household_size: 3 })).toEqual([])
    expect(findFormatIssues({ codice_fiscale: "XYZ", household_size: 40 })).toEqual([
      { field: "codice_fiscale", code: "codice_fiscale_invalid" },
      { field: "household_size", code: "household_size_out_of_range" },
    ])
  })
})

describe("messages", () => {
  it("speak Italian by default and English when asked", () => {
    expect(localeFrom(undefined)).toBe("it")
    expect(localeFrom("en-GB,en;q=0.9")).toBe("en")
    expect(localeFrom("it-IT,en;q=0.5")).toBe("it")
    expect(message("codice_fiscale_invalid")).toMatch(/codice fiscale non è valido/)
    expect(message("codice_fiscale_invalid", "en")).toMatch(/not valid/)
  })
})
