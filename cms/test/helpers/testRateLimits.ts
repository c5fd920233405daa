/**
 * A Vitest setup file of the CMS's test projects: runs before each test file imports anything, so
 * the settings module reads these however early a test's imports load it. Tests act as the same
 * few accounts many times; a file that tests a limit sets its own (rateLimits.test.ts…).
 */
for (const name of [
  'LOGIN',
  'LOGIN_EMAIL',
  'FORGOT_PASSWORD',
  'REGISTER',
  'COMMENTS',
  'LIKES',
  'PRACTICES',
  'SUBMISSIONS',
  'UPLOADS',
  'ACCOUNT_DATA',
]) {
  process.env[`RATE_LIMIT_${name}`] ??= '100000/m'
}
