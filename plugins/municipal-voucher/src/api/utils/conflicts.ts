import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler answers every conflict with one English sentence about retrying;
 * an idempotency key reused with another body deserves our own, localised message.
 */
export async function answeringConflicts<T>(res: MedusaResponse, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work()
  } catch (error) {
    if ((error as MedusaError).type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (error as Error).message })
      return undefined
    }
    throw error
  }
}
