"use client"

import { useTranslations } from "next-intl"
import { useCallback, useEffect, useRef, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import { Icon } from "../common/Icon"

export type NavArea = { handle: string; name: string }

const FOCUSABLE = "a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex='-1'])"
/** Bootstrap Italia's slide-in takes 0.3 s: the panel stays displayed until it has slid out. */
const SLIDE_MS = 350

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

/**
 * The panel's two phases, as design-react-kit's Collapse does it: displayed first, then
 * "expanded" a frame later so that the slide-in transition plays; on closing, the slide-out
 * plays before the panel is hidden. While open, the page behind is inert and does not scroll.
 */
function usePanel(open: boolean) {
  const [visible, setVisible] = useState(open)
  const [expanded, setExpanded] = useState(open)
  useEffect(() => {
    if (open) {
      setVisible(true)
      let second = 0
      const first = requestAnimationFrame(() => {
        second = requestAnimationFrame(() => setExpanded(true))
      })
      return () => {
        cancelAnimationFrame(first)
        cancelAnimationFrame(second)
      }
    }
    setExpanded(false)
    const timer = window.setTimeout(() => setVisible(false), SLIDE_MS)
    return () => window.clearTimeout(timer)
  }, [open])
  useEffect(() => {
    if (!open) return
    const main = document.querySelector("main")
    document.body.style.overflow = "hidden"
    main?.setAttribute("inert", "")
    return () => {
      document.body.style.overflow = ""
      main?.removeAttribute("inert")
    }
  }, [open])
  return { visible, expanded }
}

/** The care areas as the main navigation; a slide-in panel on small screens, usable with the keyboard alone. */
export function MainNav({ areas }: { areas: NavArea[] }) {
  const t = useTranslations("layout")
  const pathname = usePathname()
  const [open, setOpen] = useState(false)
  useEffect(() => setOpen(false), [pathname])
  const close = useCallback(() => setOpen(false), [])
  useMenuKeyboard(open, close)
  const { visible, expanded } = usePanel(open)
  const display = { display: visible ? "block" : "none" }
  const togglerRef = useRef<HTMLButtonElement>(null)
  const closeToToggler = () => {
    close()
    togglerRef.current?.focus()
  }

  return (
    <>
      <button
        ref={togglerRef}
        type="button"
        className="custom-navbar-toggler navbar-toggler"
        aria-controls="main-nav"
        aria-expanded={open}
        aria-label={t("openMenu")}
        onClick={() => setOpen(!open)}
      >
        <Icon name="it-burger" />
      </button>
      <div
        id="main-nav"
        className={`navbar-collapsable collapse${expanded ? " expanded" : ""}`}
        style={display}
        tabIndex={-1}
        role={open ? "dialog" : undefined}
        aria-modal={open ? true : undefined}
        aria-label={open ? t("mainNavLabel") : undefined}
      >
        <div className={`overlay${visible ? " fade" : ""}${expanded ? " show" : ""}`} style={display} onClick={closeToToggler} />
        <div className="close-div">
          <button
            className="btn close-menu"
            type="button"
            onClick={closeToToggler}
          >
            <span className="visually-hidden">{t("closeMenu")}</span>
            <Icon name="it-close-big" className="icon-white" />
          </button>
        </div>
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
      </div>
    </>
  )
}
