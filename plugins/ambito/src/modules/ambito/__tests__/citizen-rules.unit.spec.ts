import {
  findFormatIssues,
  findIdentityIssues,
  isValidBirthDate,
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

describe("codice fiscale against the person declared", () => {
  const maria = { first_name: "Maria", last_name: "Rossi", sex: "F" as const, date_of_birth: "1985-03-12" }

  it("finds nothing wrong when every part agrees, whatever the case and spacing", () => {
    expect(findIdentityIssues("rssmra 85c52 l319h", maria)).toEqual([])
    expect(findIdentityIssues("RSSMRA85C52L319H", { ...maria, first_name: " maria ", last_name: "ROSSI" })).toEqual([])
  })

  it("reads an omocodia code like the original", () => {
    // The year's 5 and the day's 2 swapped for R and N, with the check character recomputed.
    for (const code of ["RSSMRA8RC52L319T", "RSSMRA8RC5NL319I", "RSSMRAURC52L319Q"]) {
      expect(isValidCodiceFiscale(code)).toBe(true)
      expect(findIdentityIssues(code, maria)).toEqual([])
    }
  })

  it("names each part that disagrees", () => {
    // Anna Neri's code given by Lucia Verdi.
    expect(
      findIdentityIssues("RSSMRA85C52L319H", { first_name: "Lucia", last_name: "Verdi", sex: "F", date_of_birth: "1985-03-12" })
    ).toEqual([
      { field: "last_name", code: "codice_fiscale_surname_mismatch" },
      { field: "first_name", code: "codice_fiscale_name_mismatch" },
    ])
    expect(findIdentityIssues("RSSMRA85C52L319H", { ...maria, sex: "M" })).toEqual([
      { field: "sex", code: "codice_fiscale_sex_mismatch" },
    ])
    expect(findIdentityIssues("RSSMRA85C52L319H", { ...maria, date_of_birth: "1985-03-13" })).toEqual([
      { field: "date_of_birth", code: "codice_fiscale_birth_date_mismatch" },
    ])
    expect(findIdentityIssues("RSSMRA85C52L319H", { ...maria, date_of_birth: "1985-04-12" })).toEqual([
      { field: "date_of_birth", code: "codice_fiscale_birth_date_mismatch" },
    ])
    // The century is not in the code: 1885 and 1985 read alike, 1986 does not.
    expect(findIdentityIssues("RSSMRA85C52L319H", { ...maria, date_of_birth: "1986-03-12" })).toHaveLength(1)
  })

  it("accepts only real past dates of birth", () => {
    const today = new Date("2026-12-07T00:00:00Z")
    expect(isValidBirthDate("1985-03-12", today)).toBe(true)
    expect(isValidBirthDate("1985-02-30", today)).toBe(false)
    expect(isValidBirthDate("12/03/1985", today)).toBe(false)
    expect(isValidBirthDate("2027-01-01", today)).toBe(false)
    expect(isValidBirthDate("1850-01-01", today)).toBe(false)
  })
})
