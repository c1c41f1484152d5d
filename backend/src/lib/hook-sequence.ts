import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"

type Context = { container: MedusaContainer }

/** What a plugin brings to one core hook: its work and, optionally, how to undo it. */
export type HookParticipant<Input> = {
  name: string
  invoke: (input: Input, context: Context) => Promise<unknown>
  compensate?: (result: any, context: Context) => Promise<void>
}

type Done = { name: string; result: unknown }

/**
 * Medusa takes one handler per core workflow hook and application; this makes one
 * handler out of the plugins' participants, run in the given order. When one fails,
 * those before it are undone at once (Medusa would not compensate a hook that threw);
 * when a later step of the workflow fails, Medusa calls the returned compensation,
 * which undoes them all in reverse order.
 */
export function inSequence<Input>(...participants: HookParticipant<Input>[]) {
  const byName = new Map(participants.map((p) => [p.name, p]))

  async function undo(done: Done[], context: Context) {
    for (const { name, result } of [...done].reverse()) {
      await byName.get(name)?.compensate?.(result, context)
    }
  }

  const invoke = async (input: Input, context: Context) => {
    const done: Done[] = []
    try {
      for (const participant of participants) {
        done.push({ name: participant.name, result: await participant.invoke(input, context) })
      }
    } catch (error) {
      await undo(done, context)
      throw error
    }
    return new StepResponse(undefined, done)
  }

  const compensate = async (done: Done[] | undefined, context: Context) => {
    await undo(done ?? [], context)
  }

  return [invoke, compensate] as const
}
