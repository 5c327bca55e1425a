import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { CompiledExecution } from './compiled-execution';
import { useGatewayRequestContext } from './gateway-request-context';

/**
 * Nest's Apollo driver, with Apollo executing through {@link CompiledExecution}
 * (Apollo takes the schema Nest built from it, and ignores its `schema` option then).
 */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  protected override registerExpress(options: ApolloDriverConfig, hooks?: { preStartHook?: () => void }) {
    if (!options.schema) throw new Error('The GraphQL schema was not built before Apollo started');
    // The executor's argument without the part that kept each request's objects alive (see there).
    useGatewayRequestContext();
    return super.registerExpress({ ...options, gateway: new CompiledExecution(options.schema) } as ApolloDriverConfig, hooks);
  }
}
