import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['short-one', 'ana@example.com', /at least 10/],
    ['x'.repeat(257), 'ana@example.com', /at most 256/],
    ['Password123', 'ana@example.com', /too common/],
    ['1q2w3e4r5t', 'ana@example.com', /too common/],
    ['my-anabelle-pass', 'anabelle@example.com', /email/],
    ['aaaaaaaaaaaa', 'ana@example.com', /variety/],
  ])('rejects %j for %s', (password, email, problem) => {
    expect(passwordProblem(password, email)).toMatch(problem);
  });

  it.each(['quiet-river-stones', 'correct horse battery', 'x'.repeat(9) + 'yzw'])('accepts %j', (password) => {
    expect(passwordProblem(password, 'ana@example.com')).toBeNull();
  });
});
