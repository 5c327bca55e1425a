import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../auth/entities/user.entity';
import { Clock } from '../common/clock';
import { AppError, ErrorCode, InputError } from '../common/errors/app-error';
import { GoalCheckInInput } from './dto/goals.input';
import { Goal, GoalCheckIn } from './goal.entity';
import { MyGoalsModel } from './models/goals.model';
import { scoreScreeners } from '../intake/score-screeners';

@Injectable()
export class GoalsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async mine(user: User): Promise<MyGoalsModel> {
    const [goals, checkIns] = await Promise.all([
      this.em.find(Goal, { client: user.id }, { orderBy: { createdAt: 'asc' } }),
      this.em.find(GoalCheckIn, { client: user.id }, { orderBy: { createdAt: 'asc' } }),
    ]);
    return {
      clientId: user.id,
      goals: goals.map((goal) => ({ id: goal.id, text: goal.text, createdAt: goal.createdAt, archived: goal.archivedAt !== null })),
      checkIns: checkIns.map((checkIn) => ({ id: checkIn.id, createdAt: checkIn.createdAt, ...checkIn.content })),
    };
  }

  async add(user: User, text: string): Promise<MyGoalsModel> {
    this.em.persist(new Goal({ client: user, text: text.trim(), createdAt: this.clock.now() }));
    await this.em.flush();
    return this.mine(user);
  }

  /**
   * Goals the client typed in the intake become goals to track, in the intake's
   * transaction. One already on the list (same words, ignoring case and spaces,
   * archived ones included) is not added again, so revising the intake never
   * duplicates or revives a goal.
   */
  async addFromIntake(em: EntityManager, user: User, texts: readonly string[]): Promise<number> {
    const known = new Set((await em.find(Goal, { client: user.id })).map((goal) => sameGoalKey(goal.text)));
    const now = this.clock.now();
    let added = 0;
    for (const text of texts) {
      const key = sameGoalKey(text);
      if (key === '' || known.has(key)) continue;
      known.add(key);
      em.persist(new Goal({ client: em.getReference(User, user.id), text: text.trim(), createdAt: now }));
      added += 1;
    }
    return added;
  }

  async archive(user: User, goalId: string): Promise<MyGoalsModel> {
    const goal = await this.em.findOne(Goal, { id: goalId, client: user.id });
    if (!goal) throw new AppError(ErrorCode.NOT_FOUND, 'That goal does not exist.');
    goal.archivedAt ??= this.clock.now();
    await this.em.flush();
    return this.mine(user);
  }

  async checkIn(user: User, input: GoalCheckInInput): Promise<MyGoalsModel> {
    const ownGoalIds = new Set((await this.em.find(Goal, { client: user.id }, { fields: ['id'] })).map((goal) => goal.id));
    input.goalProgress.forEach((entry, index) => {
      if (!ownGoalIds.has(entry.goalId)) throw new InputError(`goalProgress[${index}].goalId`, 'That goal is not one of yours.');
    });
    if (!input.phq9 && !input.gad7 && input.goalProgress.length === 0) {
      throw new InputError('goalProgress', 'Rate at least one goal or retake a questionnaire.');
    }
    this.em.persist(
      new GoalCheckIn({
        client: user,
        createdAt: this.clock.now(),
        content: {
          ...scoreScreeners(input),
          goalProgress: input.goalProgress.map(({ goalId, progress }) => ({ goalId, progress })),
          note: input.note?.trim() || null,
        },
      }),
    );
    await this.em.flush();
    return this.mine(user);
  }
}

function sameGoalKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
