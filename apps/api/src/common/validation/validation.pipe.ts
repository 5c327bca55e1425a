import { ValidationError, ValidationPipe } from '@nestjs/common';
import { InputError } from '../errors/app-error';

/** class-validator for every input type; the first problem becomes BAD_USER_INPUT naming its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const [path, message] = firstProblem(errors);
      return new InputError(path, message);
    },
  });
}

function firstProblem(errors: ValidationError[], parent = ''): [string, string] {
  const error = errors[0];
  // Array items read as windows[0].startLocal, the same paths the domain validators use.
  const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
  if (error.constraints) {
    return [path, Object.values(error.constraints)[0]];
  }
  if (error.children?.length) return firstProblem(error.children, path);
  return [path, `${path} is invalid`];
}
