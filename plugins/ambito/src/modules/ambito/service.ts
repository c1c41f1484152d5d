import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CitizenProfile } from "./models/citizen-profile"
import { CitizenProfileChangeRequest } from "./models/citizen-profile-change-request"
import { Comune } from "./models/comune"

type InjectedDependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

export type ChangeRequestDecision = {
  status: "approved" | "rejected"
  decided_by: string
  decision_reason: string | null
}

/** Data access for comuni, citizen profiles and their change requests; the rules live in workflows. */
class AmbitoModuleService extends MedusaService({
  Comune,
  CitizenProfile,
  CitizenProfileChangeRequest,
}) {
  protected readonly pg_: Knex

  constructor(container: InjectedDependencies, ...rest: unknown[]) {
    super(container, ...rest)
    this.pg_ = container[ContainerRegistrationKeys.PG_CONNECTION]
  }

  /**
   * Decides a pending request in one conditional UPDATE, so two operators deciding at once
   * cannot both win: the loser gets null.
   */
  async claimPendingChangeRequest(id: string, decision: ChangeRequestDecision): Promise<{ id: string } | null> {
    const { rows } = await this.pg_.raw(
      `UPDATE citizen_profile_change_request
          SET status = ?, decided_by = ?, decision_reason = ?, decided_at = now(), updated_at = now()
        WHERE id = ? AND status = 'pending' AND deleted_at IS NULL
        RETURNING id`,
      [decision.status, decision.decided_by, decision.decision_reason, id]
    )
    return rows[0] ?? null
  }

  /** Undoes a decision (a workflow's compensation): the request waits again. */
  async reopenChangeRequest(id: string): Promise<void> {
    await this.pg_.raw(
      `UPDATE citizen_profile_change_request
          SET status = 'pending', decided_by = NULL, decision_reason = NULL, decided_at = NULL, updated_at = now()
        WHERE id = ?`,
      [id]
    )
  }
}

export default AmbitoModuleService
