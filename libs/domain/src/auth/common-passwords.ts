// The most common passwords of at least 10 characters in public breach lists.
// Short ones are already rejected by the length rule.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '123456789a', '0123456789', '1q2w3e4r5t', '1qaz2wsx3edc',
  'qwertyuiop', 'password123', 'password12', 'password1!', 'passw0rd123', 'iloveyou123',
  'qwerty1234', 'qwerty12345', '1234qwerty', 'abcdefghij', 'abc1234567', 'asdfghjkl1',
  'asdfghjkl;', 'zxcvbnm123', 'qazwsxedcrfv', '1111111111', '0000000000', '9876543210',
  '1234554321', '1122334455', 'qwertyuiop1', 'starwars12', 'football123', 'baseball123',
  'basketball', 'sunshine123', 'princess123', 'welcome123', 'letmein123', 'monkey1234',
  'dragon1234', 'master1234', 'superman123', 'trustno1234', 'michael123', 'jennifer123',
  'charlie123', 'shadow1234', 'computer12', 'whatever12', 'freedom123', 'administrator',
  'admin12345', 'adminadmin', 'changeme123', 'secret1234', 'password2024', 'password2025',
  'password2026', 'summer2024', 'summer2025', 'winter2025', 'spring2025', 'autumn2025',
  'rapport123', 'therapist1', 'therapy123', 'letmeinplease', 'passwordpassword', '1234567890a',
  'a1234567890', 'qwerty123456', '1q2w3e4r5t6y', '123qweasdzxc', 'zaq12wsxcde', 'iloveyou12',
  '1234567891', '12345678900', '0987654321', 'aaaaaaaaaa', '147258369a',
]);
