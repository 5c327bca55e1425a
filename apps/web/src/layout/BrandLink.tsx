import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../app/paths';

export function BrandLink() {
  return (
    <Anchor component={Link} to={paths.home} underline="never" fw={700} fz="xl" aria-label="Rapport, home">
      Rapport
    </Anchor>
  );
}
