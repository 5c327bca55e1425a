import { Injectable } from '@nestjs/common';
import { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { groupBy } from '../common/group-by';
import { likePattern } from '../common/text/like-pattern';
import { License, LicenseStatus } from '../licensing/entities/license.entity';
import { TherapistProfile } from '../therapists/entities/therapist-profile.entity';
import { AdminTherapistsInput } from './dto/admin-therapists.input';
import { AdminTherapistPage } from './models/admin-therapists.model';

/** The admins' therapist directory: every profile, whatever its status, searchable and paged. */
@Injectable()
export class AdminTherapistsService {
  constructor(private readonly em: EntityManager) {}

  async search(input: AdminTherapistsInput): Promise<AdminTherapistPage> {
    const where: FilterQuery<TherapistProfile>[] = [];
    if (input.query) {
      const pattern = likePattern(input.query);
      where.push({ $or: [{ displayName: { $ilike: pattern } }, { user: { email: { $ilike: pattern } } }] });
    }
    if (input.status) where.push({ status: input.status });
    if (input.state) {
      const licensed = await this.em.find(License, { jurisdiction: input.state }, { fields: ['therapist'] });
      where.push({ id: { $in: [...new Set(licensed.map((license) => license.therapist.id))] } });
    }
    const [profiles, total] = await this.em.findAndCount(TherapistProfile, where.length ? { $and: where } : {}, {
      populate: ['user'],
      orderBy: { displayName: 'asc', id: 'asc' },
      offset: input.offset,
      limit: input.limit,
    });
    const licenses = groupBy(await this.em.find(License, { therapist: { $in: profiles.map((profile) => profile.id) } }), (license) => license.therapist.id);
    return {
      total,
      offset: input.offset,
      limit: input.limit,
      items: profiles.map((profile) => {
        const own = licenses.get(profile.id) ?? [];
        return {
          id: profile.id,
          displayName: profile.displayName,
          email: profile.user.email,
          status: profile.status,
          states: [...new Set(own.map((license) => license.jurisdiction))].sort(),
          licensesWaiting: own.filter((license) => license.status === LicenseStatus.SUBMITTED).length,
          createdAt: profile.createdAt,
        };
      }),
    };
  }
}
