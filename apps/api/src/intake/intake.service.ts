import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { CRISIS_RESOURCES } from '@rapport/domain';
import { findConcern, payerForName } from '@rapport/taxonomy';
import { AuditService } from '../audit/audit.service';
import { loadedColumns } from '../common/sql/loaded-columns';
import { GoalsService } from '../goals/goals.service';
import { IntakeDraftService } from './draft/intake-draft.service';
import { User } from '../auth/entities/user.entity';
import { SubmitIntakeInput } from './dto/submit-intake.input';
import { Intake, IntakeAnswers, IntakeScreeners } from './intake.entity';
import { IntakeModel } from './models/intake.model';
import { scoreScreeners } from './score-screeners';

@Injectable()
export class IntakeService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly goals: GoalsService,
    private readonly drafts: IntakeDraftService,
  ) {}

  /** Creates or revises the caller's intake. Screeners are scored here; invalid answers name the item. */
  async submit(user: User, input: SubmitIntakeInput): Promise<Intake> {
    const screeners: IntakeScreeners = scoreScreeners(input);
    const answers: IntakeAnswers = {
      concerns: dedupeConcerns(input.concerns),
      goals: input.goals.map((goal) => goal.trim()).filter(Boolean),
      preferredModalities: input.preferredModalities,
      jurisdiction: input.jurisdiction,
      format: input.format,
      location: input.location ?? null,
      budgetMaxMinor: input.budgetMaxMinor ?? null,
      needsSlidingScale: input.needsSlidingScale,
      insurance: input.insurance ?? null,
      languages: input.languages,
      genderPreference: input.genderPreference,
      communities: input.communities,
      ageGroup: input.ageGroup ?? null,
      preferredWeekdays: input.preferredWeekdays,
      preferredDayParts: input.preferredDayParts,
      timeZone: input.timeZone,
    };
    return this.em.transactional(async (em) => {
      const existing = await em.findOne(Intake, { client: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const intake = existing ?? new Intake({ client: user, answers, screeners });
      if (existing) {
        // Assigning re-seals both values, so an intake written before row-bound encryption is upgraded here.
        existing.answers = answers;
        existing.screeners = screeners;
        existing.revision += 1;
      } else {
        em.persist(intake);
      }
      // What was typed as a goal is tracked on the Goals page; the finished intake replaces its draft.
      await this.goals.addFromIntake(em, user, answers.goals);
      await this.drafts.deleteWithin(em, user);
      // No answers in the audit trail: only that the client changed their intake.
      this.audit.record(em, { actor: user, action: existing ? 'intake.revised' : 'intake.submitted', subjectType: 'Intake', subjectId: intake.id });
      return intake;
    });
  }

  async findOwn(user: User): Promise<Intake | null> {
    return this.findByClientId(user.id);
  }

  /**
   * One plain statement mapped into the request's entity manager, as findOne would leave it:
   * matching from an intake reads it on every search it computes, and the ORM's findOne built,
   * compiled and hydrated a query each time (0.65 ms of CPU against 0.3, bench/search/README.md).
   */
  async findByClientId(clientId: string): Promise<Intake | null> {
    const [row] = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select ${loadedColumns(this.em, Intake).join(', ')} from intakes where client_id = ?`,
      [clientId],
    );
    return row ? this.em.map(Intake, row) : null;
  }
}

/**
 * The payer id of an intake's insurance. Intakes written before plans were chosen from
 * the payer list hold a typed name (encrypted, so no migration can reach it): read through
 * the aliases, and kept as typed when no payer matches, so it still filters (to no one,
 * which the search then names as the filter to relax) rather than being silently dropped.
 */
export function intakeInsurance(stored: string | null): string | null {
  if (stored === null || stored.trim() === '') return null;
  return payerForName(stored) ?? stored;
}

/** One entry per concern; the highest priority given wins. */
function dedupeConcerns(concerns: { code: string; priority: 1 | 2 | 3 }[]) {
  const byCode = new Map<string, 1 | 2 | 3>();
  for (const { code, priority } of concerns) byCode.set(code, Math.max(byCode.get(code) ?? 1, priority) as 1 | 2 | 3);
  return [...byCode].map(([code, priority]) => ({ code, priority }));
}

export function toIntakeModel(intake: Intake): IntakeModel {
  const { answers, screeners } = intake;
  const crisisFlagged = screeners.phq9?.selfHarmItemPositive ?? false;
  return {
    id: intake.id,
    ...answers,
    concerns: answers.concerns.map((concern) => ({ ...concern, name: findConcern(concern.code)?.name ?? concern.code })),
    format: answers.format as IntakeModel['format'],
    genderPreference: answers.genderPreference as IntakeModel['genderPreference'],
    preferredDayParts: answers.preferredDayParts as IntakeModel['preferredDayParts'],
    insurance: intakeInsurance(answers.insurance),
    phq9: screeners.phq9,
    gad7: screeners.gad7,
    crisisFlagged,
    crisisResources: crisisFlagged ? CRISIS_RESOURCES.map((resource) => ({ ...resource })) : [],
    revision: intake.revision,
    updatedAt: intake.updatedAt,
  };
}
