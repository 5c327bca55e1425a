import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { User } from '../../auth/entities/user.entity';
import { Clock } from '../../common/clock';
import { IntakeDraft, IntakeDraftContent } from './intake-draft.entity';
import { IntakeDraftModel } from './intake-draft.model';

/**
 * A signed-in client's unfinished intake, kept as they type (the web app saves it
 * debounced), so it opens again in a new tab. Never audited or logged: only the
 * client ever reads it, and its content is health data.
 */
@Injectable()
export class IntakeDraftService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async findOwn(user: User): Promise<IntakeDraftModel | null> {
    const draft = await this.em.fork().findOne(IntakeDraft, { client: user.id });
    return draft ? toModel(draft) : null;
  }

  /** Replaces the caller's draft. Two tabs saving at once: the later write wins, neither fails. */
  async save(user: User, content: IntakeDraftContent): Promise<IntakeDraftModel> {
    try {
      return await this.write(user, content);
    } catch (error) {
      // Another request created the row between our read and insert: it exists now, so update it.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return this.write(user, content);
    }
  }

  async discard(user: User): Promise<boolean> {
    return (await this.deleteWithin(this.em.fork(), user)) > 0;
  }

  /** Used by submitIntake, in its transaction: a submitted intake leaves no draft behind. */
  deleteWithin(em: EntityManager, user: User): Promise<number> {
    return em.nativeDelete(IntakeDraft, { client: user.id });
  }

  private write(user: User, content: IntakeDraftContent): Promise<IntakeDraftModel> {
    return this.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const existing = await em.findOne(IntakeDraft, { client: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (existing) {
        existing.content = content;
        existing.updatedAt = now;
        return toModel(existing);
      }
      const created = new IntakeDraft({ client: em.getReference(User, user.id), content, updatedAt: now });
      em.persist(created);
      return toModel(created);
    });
  }
}

function toModel(draft: IntakeDraft): IntakeDraftModel {
  const { answers, stepIndex } = draft.content;
  return { answers, stepIndex, updatedAt: draft.updatedAt };
}
