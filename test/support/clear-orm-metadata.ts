// MikroORM keeps entity metadata in a process-wide store. Jest re-creates Map and
// the entity classes for each test file, so metadata left from an earlier file
// (or from global-setup's migration run) fails discovery with "Map.prototype.set
// called on incompatible receiver" (mikro-orm issues #3783, #4517). Each file starts clean.
import { MetadataStorage } from '@mikro-orm/core';

MetadataStorage.clear();
