import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ALLIANCE_ITEM_WORDS, ALLIANCE_ITEMS, ALLIANCE_PROMPT_SESSIONS, allianceTotal, type AllianceScores, rematchOffer, shouldPromptForAlliance } from '@rapport/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/entities/user.entity';
import { isUniqueViolation } from '../bookings/booking-support';
import { Booking, BookingStatus } from '../bookings/entities/booking.entity';
import { HealthDataAccessRule } from '../client-records/health-data-access-rule';
import { Clock } from '../common/clock';
import { InputError } from '../common/errors/app-error';
import { AllianceRating, HealthDataSharingConsent } from './alliance.entities';
import { AllianceError } from './alliance.errors';
import { PendingSessionRatingModel, RateSessionInput, SessionRatingResultModel } from './alliance.models';

const ITEMS = ALLIANCE_ITEMS.map((key) => ({ key, ...ALLIANCE_ITEM_WORDS[key] }));

/**
 * Session ratings after each of a client's first three completed sessions with
 * a therapist (libs/domain alliance), their aggregate for matching, the
 * rematch offer a low rating or "not a good fit" makes, and the client's
 * consent to share their record with the next therapist.
 */
@Injectable()
export class AllianceService extends HealthDataAccessRule {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {
    super();
  }

  async pending(client: User): Promise<PendingSessionRatingModel[]> {
    const completed = await this.em.find(Booking, { client: client.id, status: BookingStatus.COMPLETED }, { orderBy: { startsAt: 'asc' }, populate: ['therapist'] });
    if (completed.length === 0) return [];
    const rated = new Set(
      (await this.em.find(AllianceRating, { booking: { $in: completed.map((booking) => booking.id) } })).map((rating) => rating.booking.id),
    );
    const seen = new Map<string, number>();
    const pending: PendingSessionRatingModel[] = [];
    for (const booking of completed) {
      const sessionNumber = (seen.get(booking.therapist.id) ?? 0) + 1;
      seen.set(booking.therapist.id, sessionNumber);
      if (!shouldPromptForAlliance(sessionNumber) || rated.has(booking.id)) continue;
      pending.push({ bookingId: booking.id, therapistId: booking.therapist.id, therapistName: booking.therapist.displayName, startsAt: booking.startsAt, sessionNumber, items: ITEMS });
    }
    return pending.reverse();
  }

  async rate(client: User, input: RateSessionInput): Promise<SessionRatingResultModel> {
    const scores: AllianceScores = { relationship: input.relationship, goalsAndTopics: input.goalsAndTopics, approachOrMethod: input.approachOrMethod, overall: input.overall };
    const total = allianceTotal(scores);
    const offer = rematchOffer({ scores, notAGoodFit: input.notAGoodFit });
    try {
      await this.em.transactional(async (em) => {
        const booking = await em.findOne(Booking, { id: input.bookingId, client: client.id, status: BookingStatus.COMPLETED });
        if (!booking) throw AllianceError.notRateable();
        const sessionNumber = await em.count(Booking, { client: client.id, therapist: booking.therapist.id, status: BookingStatus.COMPLETED, startsAt: { $lte: booking.startsAt } });
        if (!shouldPromptForAlliance(sessionNumber)) throw new InputError('bookingId', `Ratings are asked after the first ${ALLIANCE_PROMPT_SESSIONS} sessions with a therapist only.`);
        const rating = em.create(AllianceRating, {
          booking,
          client,
          therapist: booking.therapist,
          ...scores,
          notAGoodFit: input.notAGoodFit,
          rematchOffered: offer.offer,
          ratedAt: this.clock.now(),
        });
        // The scores stay out of the audit trail: only that a rating was given.
        this.audit.record(em, { actor: client, action: 'alliance.rated', subjectType: 'AllianceRating', subjectId: rating.id, details: { bookingId: booking.id } });
        await em.flush();
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AllianceError.alreadyRated();
      throw error;
    }
    return { bookingId: input.bookingId, total, rematchOffered: offer.offer, reasons: offer.reasons };
  }

  /** Therapists the client asked to be rematched away from: left out of `rematch`. */
  async rematchExclusions(client: User): Promise<string[]> {
    const ratings = await this.em.find(AllianceRating, { client: client.id, rematchOffered: true });
    return [...new Set(ratings.map((rating) => rating.therapist.id))];
  }

  /** The client's consent that the next therapist they book may read their intake and scores (after their latest rematch offer). */
  async shareWithNextTherapist(client: User): Promise<boolean> {
    const [latest] = await this.em.find(AllianceRating, { client: client.id, rematchOffered: true }, { orderBy: { ratedAt: 'desc' }, limit: 1 });
    if (!latest) throw AllianceError.noRematchOffer();
    const existing = await this.em.count(HealthDataSharingConsent, { client: client.id, rating: latest.id, withdrawnAt: null });
    if (existing === 0) {
      const consent = this.em.create(HealthDataSharingConsent, { client, rating: latest, givenAt: this.clock.now() });
      this.audit.record(this.em, { actor: client, action: 'health_data.sharing_consented', subjectType: 'HealthDataSharingConsent', subjectId: consent.id });
      await this.em.flush();
    }
    return true;
  }

  /**
   * After a rematch offer, a therapist the client first booked afterwards reads
   * their record only with the client's consent to share; therapists booked
   * before the offer are not affected.
   */
  override async allows({ therapistId, clientId }: { therapistId: string; clientId: string }): Promise<boolean> {
    const [latest] = await this.em.find(AllianceRating, { client: clientId, rematchOffered: true, therapist: { $ne: therapistId } }, { orderBy: { ratedAt: 'desc' }, limit: 1 });
    if (!latest) return true;
    const bookedBefore = await this.em.count(Booking, { client: clientId, therapist: therapistId, createdAt: { $lt: latest.ratedAt } });
    if (bookedBefore > 0) return true;
    return (await this.em.count(HealthDataSharingConsent, { client: clientId, rating: latest.id, withdrawnAt: null })) > 0;
  }
}
