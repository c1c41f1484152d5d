"use client"

import { Collapse, HeaderToggler } from "design-react-kit"
import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import { Icon } from "../common/Icon"

export type NavArea = { handle: string; name: string }

/** The care areas as the main navigation; a slide-in panel on small screens. */
export function MainNav({ areas }: { areas: NavArea[] }) {
  const t = useTranslations("layout")
  const pathname = usePathname()
  const [open, setOpen] = useState(false)
  useEffect(() => setOpen(false), [pathname])

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
