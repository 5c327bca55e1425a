import { EntityManager, EntityMetadata, ReferenceKind } from '@mikro-orm/postgresql';

const byEntity = new WeakMap<EntityMetadata, readonly string[]>();

/**
 * The columns findOne reads for an entity, from its mapping: every persisted column of its own
 * properties and of the relations it owns, but not the lazy ones. A plain statement selecting
 * these and handed to `em.map` loads what findOne would, and a column the entity gains is read too.
 */
export function loadedColumns(em: EntityManager, entity: { name: string }): readonly string[] {
  const meta = em.getMetadata().get(entity.name);
  let columns = byEntity.get(meta);
  if (!columns) {
    const owned = (kind: ReferenceKind, owner: boolean) => kind === ReferenceKind.SCALAR || kind === ReferenceKind.MANY_TO_ONE || (kind === ReferenceKind.ONE_TO_ONE && owner);
    columns = meta.props.filter((prop) => prop.persist !== false && !prop.lazy && owned(prop.kind, prop.owner)).flatMap((prop) => prop.fieldNames);
    byEntity.set(meta, columns);
  }
  return columns;
}
