"use client"

import { Collapse, HeaderToggler } from "design-react-kit"
import { useTranslations } from "next-intl"
import { useCallback, useEffect, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import { Icon } from "../common/Icon"

export type NavArea = { handle: string; name: string }

const FOCUSABLE = "a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex='-1'])"

/**
 * The open phone menu keeps the keyboard inside it: focus starts on its first link, Tab and
 * Shift+Tab cycle through it (never behind the overlay), Escape closes it and focus returns
 * to the menu button.
 */
function useMenuKeyboard(open: boolean, close: () => void) {
  useEffect(() => {
    const panel = document.getElementById("main-nav")
    const toggler = document.querySelector<HTMLElement>('[aria-controls="main-nav"]')
    // On wide screens the menu is a plain bar: nothing to trap.
    if (!open || !panel || !toggler || getComputedStyle(toggler).display === "none") return
    const focusables = () => [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0)
    // The panel slides in: focus its first link once it is shown.
    const start = window.setTimeout(() => focusables()[0]?.focus(), 150)
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        close()
        toggler.focus()
        return
      }
      if (event.key !== "Tab") return
      const items = focusables()
      if (items.length === 0) return
      const first = items[0]
      const last = items[items.length - 1]
      const inside = panel.contains(document.activeElement)
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault()
        first.focus()
      }
    }
    document.addEventListener("keydown", onKey)
    return () => {
      window.clearTimeout(start)
      document.removeEventListener("keydown", onKey)
    }
  }, [open, close])
}

/** The care areas as the main navigation; a slide-in panel on small screens, usable with the keyboard alone. */
export function MainNav({ areas }: { areas: NavArea[] }) {
  const t = useTranslations("layout")
  const pathname = usePathname()
  const [open, setOpen] = useState(false)
  useEffect(() => setOpen(false), [pathname])
  const close = useCallback(() => setOpen(false), [])
  useMenuKeyboard(open, close)

  return (
    <>
      <HeaderToggler aria-controls="main-nav" aria-label={t("openMenu")} isOpen={open} onClick={() => setOpen(!open)}>
        <Icon name="it-burger" />
      </HeaderToggler>
      <Collapse isOpen={open} navbar header onOverlayClick={() => setOpen(false)} id="main-nav" closeSrText={t("closeMenu")}>
        <div className="menu-wrapper">
          <ul className="navbar-nav">
            {areas.map((area) => {
              const href = `/aree/${area.handle}`
              const active = pathname === href || pathname.startsWith(`${href}/`)
              return (
                <li key={area.handle} className="nav-item">
                  <Link className={`nav-link${active ? " active" : ""}`} href={href} aria-current={active ? "page" : undefined}>
                    <span>{area.name}</span>
                  </Link>
                </li>
              )
            })}
          </ul>
        </div>
      </Collapse>
    </>
  )
}
