# unicodedata.lookup and unicode_escape's \N{...} know CPython's name
# aliases (control names, abbreviations, corrections) and lookup its named
# sequences; namereplace names the private-use code points where CPython's
# database keeps them; Tangut ideographs have no name.
import unicodedata


def show(label, f):
    try:
        print(label, ascii(f()))
    except (KeyError, ValueError, UnicodeError) as e:
        print(label, type(e).__name__, e)


for name in ['LINE FEED', 'line feed', 'BYTE ORDER MARK', 'BOM', 'NULL', 'NUL', 'NEL', 'LF',
             'ZWNJ', 'ZWJ', 'CHARACTER TABULATION', 'END OF LINE', 'VS1', 'vs256',
             'LATIN CAPITAL LETTER GHA', 'KANGXI RADICAL SMALL', 'DELETE', 'ESCAPE',
             'SPACE', 'latin small letter a', 'HANGUL SYLLABLE GAGG',
             'CJK UNIFIED IDEOGRAPH-4E00', 'NUSHU CHARACTER-1B170',
             'KHITAN SMALL SCRIPT CHARACTER-18B00', 'TANGUT IDEOGRAPH-17000',
             'TANGUT IDEOGRAPH-18D00', 'KEYCAP NUMBER SIGN', 'keycap digit zero',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
             'BENGALI LETTER KHINYA', 'NO SUCH NAME', '']:
    show('lookup ' + name, lambda: unicodedata.lookup(name))

show('escape aliases', lambda: b'\\N{LINE FEED}\\N{bom}\\N{NEL}\\N{VS1}'.decode('unicode_escape'))
show('escape null', lambda: b'[\\N{NULL}]'.decode('unicode_escape'))
show('escape sequence', lambda: b'\\N{KEYCAP NUMBER SIGN}'.decode('unicode_escape'))
show('escape tangut', lambda: b'\\N{TANGUT IDEOGRAPH-17000}'.decode('unicode_escape'))
show('literal', lambda: '\N{LINE FEED}\N{BYTE ORDER MARK}\N{ZWNJ}\N{DEL}')

for cp in [0xF0000, 0xF0001, 0xF000A, 0xF01D5, 0xF01D6, 0xF01FF, 0xF0200, 0xF0201,
           0xF03CC, 0xF03CD, 0xF0400, 0xFFFFD, 0x10FFFD, 0xE000, 0xF8FF, 0x378,
           0xFDD0, 0x17000, 0x187F7, 0x18D00, 0x18D08, 0x18D09, 0x18B00, 0x1B170,
           0x20000, 0x3134A, 0x31350, 0xD7A3, 0xD800, 0x10FFFF]:
    c = chr(cp)
    show(f'{cp:X} namereplace', lambda: c.encode('ascii', 'namereplace'))
    show(f'{cp:X} name', lambda: unicodedata.name(c, None))
    show(f'{cp:X} category', lambda: unicodedata.category(c))

show('latin-1 namereplace', lambda: '\xe9\U000f0000\u20ac'.encode('latin-1', 'namereplace'))
show('sequence', lambda: '\U000f0201\U00017000'.encode('ascii', 'namereplace'))
