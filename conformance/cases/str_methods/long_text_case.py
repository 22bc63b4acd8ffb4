# Case mapping and predicates on ASCII text long enough to take the
# eight-bytes-at-a-time path, with every ASCII character at every position
# in a word, and on mixed text.

ascii_chars = ''.join(chr(i) for i in range(128))
for s in [ascii_chars, ascii_chars[1:] + ascii_chars[:1], ascii_chars * 3 + 'xyz',
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{' * 5, 'abcdefghijklmnopqrstuvwxyz@[`{' * 5,
          'Hello World', 'a', '']:
    print(repr(s.lower()), repr(s.upper()), repr(s.swapcase()), repr(s.casefold()))
    print(repr(s.title()), repr(s.capitalize()))
    print(s.isalpha(), s.isalnum(), s.isascii(), s.islower(), s.isupper(), s.istitle(),
          s.isspace(), s.isprintable(), s.isidentifier(), s.isdigit())
long = 'The Quick Brown Fox ' * 100
print(long.lower()[-25:], long.upper()[:25], long.swapcase()[40:60], long.title() == long)
print(('x' * 3000).isalpha(), ('x' * 3000 + '1').isalpha(), ('ß' * 2000).upper()[:6])
print(('Σ' * 1500 + 'A').lower()[-5:], ('ǅ' * 1200).istitle(), ('1' * 4000).isdigit())
