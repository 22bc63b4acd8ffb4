# unicodedata's errors and defaults.
import unicodedata as u

calls = [lambda: u.name('ab'), lambda: u.name(1), lambda: u.name('\x00'), lambda: u.name('\x00', 'dflt'),
         lambda: u.category('ab'), lambda: u.category(''), lambda: u.decimal(),
         lambda: u.lookup('nope'), lambda: u.lookup('x' * 300), lambda: u.lookup(1),
         lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'),
         lambda: u.decimal('\u00b2', -1), lambda: u.digit('x', 'none'),
         lambda: u.normalize('X', 'a'), lambda: u.normalize('NFC', 1), lambda: u.normalize(1, 'a'),
         lambda: u.normalize('NFC'), lambda: u.is_normalized('NFX', 'a')]
for call in calls:
    try:
        print(repr(call()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
