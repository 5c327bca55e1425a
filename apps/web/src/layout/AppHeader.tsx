import { Burger, Group } from '@mantine/core';
import { AccountActions } from './AccountActions';
import { BrandLink } from './BrandLink';

interface AppHeaderProps {
  /** Present when there is a navigation menu to open on phones. */
  navigation?: { opened: boolean; toggle(): void; controlsId: string };
}

export function AppHeader({ navigation }: AppHeaderProps) {
  return (
    <Group h="100%" px={{ base: 'xs', xs: 'md' }} justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        {navigation && (
          <Burger
            opened={navigation.opened}
            onClick={navigation.toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={navigation.opened ? 'Close navigation' : 'Open navigation'}
            aria-expanded={navigation.opened}
            aria-controls={navigation.controlsId}
          />
        )}
        <BrandLink />
      </Group>
      <AccountActions />
    </Group>
  );
}
