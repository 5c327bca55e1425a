import { Avatar } from '@mantine/core';

interface TherapistAvatarProps {
  name: string;
  photoUrl: string | null;
  size?: number;
}

/** The therapist's photo, or their initials when there is none (or it fails to load). */
export function TherapistAvatar({ name, photoUrl, size = 96 }: TherapistAvatarProps) {
  return (
    <Avatar
      src={photoUrl || null}
      name={name || '?'}
      color="initials"
      size={size}
      radius="xl"
      alt={photoUrl ? `Photo of ${name}` : ''}
      aria-hidden={photoUrl ? undefined : true}
    />
  );
}
