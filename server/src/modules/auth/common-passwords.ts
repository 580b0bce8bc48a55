/**
 * Passwords people pick first and attackers try first (from published breach top lists),
 * compared case-insensitively. Kept short and in code: the 8-character minimum already
 * excludes most of the rest of such lists.
 */
export const commonPasswords = new Set([
  '12345678', '123456789', '1234567890', '12345678910', '11111111', '00000000', '88888888', '66666666',
  '87654321', '11223344', '12341234', '123123123', '1q2w3e4r', '1qaz2wsx', 'qwertyui', 'qwerty123',
  'qwertyuiop', 'asdfghjk', 'zxcvbnm1', 'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd',
  'p@ssword', 'iloveyou', 'iloveyou1', 'princess', 'sunshine', 'football', 'baseball', 'whatever',
  'trustno1', 'superman', 'starwars', 'welcome1', 'welcome123', 'abcd1234', 'abc12345', 'admin123',
  'administrator', 'letmein1', 'monkey123', 'dragon123', 'master123', 'changeme', 'qazwsxedc',
  'aa123456', 'a1234567', 'a12345678', 'matkhau', 'matkhau123', 'matkhau1', 'anhyeuem', 'anhyeuem1',
  'emyeuanh', 'vietnam1', 'vietnam123', 'hanoi123', 'saigon123', 'ketnoi123', 'ketnoi2026', '123456aa',
  '123456abc', '12345qwert', 'zaq12wsx', 'qwer1234', 'asdf1234', 'computer', 'internet', 'michelle',
  'jennifer', 'shadow12', 'ashley12', 'nicole12', 'daniel12', 'jessica1', 'charlie1', 'michael1',
  'loveyou1', 'lovely12', 'killer12', 'soccer12', 'hello123', 'hellohello', 'google123', 'facebook',
  'samsung1', 'nokia123', 'asdasdasd', 'qweqweqwe', 'zxczxczxc', '147258369', '987654321', '789456123',
  '159753456', '741852963', '1111111111', '0123456789', '01234567', '123654789', 'abcdefgh',
]);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
