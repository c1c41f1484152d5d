"use client"

// design-react-kit's components use React context and hooks: this client boundary
// lets server components render them.
export { Headers, Header, HeaderContent, HeaderRightZone } from "design-react-kit"
