import { Booking } from './entities/booking.entity';
import { SessionFormat } from '../therapists/entities/therapist-profile.entity';
import { BookingLocationModel } from './models/booking.models';

/** Who is looking at the booking: only its two parties learn where it happens. */
export type LocationViewer = 'CLIENT' | 'THERAPIST' | 'ADMIN';

/** The generated room of a booking: the provider's base (VIDEO_ROOM_BASE_URL) and an unguessable name. */
export function videoRoomUrlOf(booking: Pick<Booking, 'videoRoomId'>, videoRoomBaseUrl: string): string {
  return `${videoRoomBaseUrl.endsWith('/') ? videoRoomBaseUrl : `${videoRoomBaseUrl}/`}rapport-${booking.videoRoomId}`;
}

/**
 * Where the session happens: video → the session type's own link, else the
 * booking's generated room; in person → the office; phone → how the call
 * happens. The address and join link are for the two parties only: anyone else
 * (an admin) gets the format and null.
 */
export function locationOf(booking: Booking, viewer: LocationViewer, videoRoomBaseUrl: string): BookingLocationModel {
  const party = viewer === 'CLIENT' || viewer === 'THERAPIST';
  const note = booking.sessionType.locationNote ? ` ${booking.sessionType.locationNote}` : '';
  switch (booking.format) {
    case SessionFormat.IN_PERSON: {
      const address = party ? booking.therapist.officeAddress : null;
      return { format: booking.format, address, joinUrl: null, instructions: `In person${address ? ` at ${address}` : ', at the office'}.${note}` };
    }
    case SessionFormat.PHONE:
      return {
        format: booking.format,
        address: null,
        joinUrl: null,
        instructions: `By phone: ${viewer === 'THERAPIST' ? 'you call the client' : 'your therapist calls you'} at the start time.${note}`,
      };
    default:
      return {
        format: booking.format,
        address: null,
        joinUrl: party ? (booking.sessionType.videoLink ?? videoRoomUrlOf(booking, videoRoomBaseUrl)) : null,
        instructions: `By video: join with the link at the start time.${note}`,
      };
  }
}
