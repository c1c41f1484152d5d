import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AMBITO_MODULE } from "../../modules/ambito"
import type AmbitoModuleService from "../../modules/ambito/service"

export type ComuneInput = {
  istat_code: string
  name: string
  province: string
  cadastral_code?: string | null
  population?: number | null
}

export const upsertComuniStepId = "upsert-comuni"

/**
 * Creates the comuni that are new (by ISTAT code) and updates the others;
 * undone by deleting what it created and restoring what it changed.
 */
export const upsertComuniStep = createStep(
  upsertComuniStepId,
  async (comuni: ComuneInput[], { container }) => {
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    const existing = await service.listComunes({ istat_code: comuni.map((c) => c.istat_code) })
    const byCode = new Map(existing.map((c) => [c.istat_code, c]))

    const toCreate = comuni.filter((c) => !byCode.has(c.istat_code))
    const toUpdate = comuni
      .filter((c) => byCode.has(c.istat_code))
      .map((c) => ({ ...c, id: byCode.get(c.istat_code)!.id }))

    const created = toCreate.length ? await service.createComunes(toCreate) : []
    const updated = toUpdate.length ? await service.updateComunes(toUpdate) : []

    return new StepResponse([...created, ...updated], {
      createdIds: created.map((c) => c.id),
      previous: existing.map(({ id, istat_code, name, province, cadastral_code, population }) => ({
        id, istat_code, name, province, cadastral_code, population,
      })),
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: AmbitoModuleService = container.resolve(AMBITO_MODULE)
    if (undo.createdIds.length) {
      await service.deleteComunes(undo.createdIds)
    }
    if (undo.previous.length) {
      await service.updateComunes(undo.previous)
    }
  }
)
