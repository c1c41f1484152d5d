import { useRef } from "react"
import { newIdempotencyKey } from "./api"

/**
 * The idempotency key of a form: the same while the operator retries the same submission
 * (a double click, a network error), a new one as soon as what is submitted changes or after
 * it succeeded, so a retry never moves value twice and a new operation is never a "reused key".
 */
export const useSubmissionKey = () => {
  const last = useRef<{ body: string; key: string } | null>(null)
  return {
    keyFor: (body: unknown) => {
      const signature = JSON.stringify(body)
      if (last.current?.body !== signature) {
        last.current = { body: signature, key: newIdempotencyKey() }
      }
      return last.current.key
    },
    succeeded: () => {
      last.current = null
    },
  }
}
