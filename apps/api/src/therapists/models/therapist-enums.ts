import { registerEnumType } from '@nestjs/graphql';
import { LicenseStatus } from '../../licensing/entities/license.entity';
import { ProfileStatus, SessionFormat, TherapistGender } from '../entities/therapist-profile.entity';

registerEnumType(ProfileStatus, { name: 'ProfileStatus' });
registerEnumType(SessionFormat, { name: 'SessionFormat' });
registerEnumType(TherapistGender, { name: 'TherapistGender' });
registerEnumType(LicenseStatus, { name: 'LicenseStatus' });

export { LicenseStatus, ProfileStatus, SessionFormat, TherapistGender };
