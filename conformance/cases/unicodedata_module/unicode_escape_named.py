# unicode_escape decodes \N{name} with the Unicode name database (names and
# aliases, in any case), and reports unknown and malformed names with
# CPython's ranges and reasons.

for data in [b'\\N{DIGIT ONE}', b'a\\N{LATIN SMALL LETTER E WITH ACUTE}b',
             b'\\N{latin small letter sharp s}', b'\\N{SNOWMAN}\\N{GREEK SMALL LETTER ALPHA}',
             b'\\N{LATIN CAPITAL LETTER GHA}', b'\\N{CJK UNIFIED IDEOGRAPH-4E00}',
             b'\\N{HANGUL SYLLABLE GA}', b'\\N{NO SUCH NAME}x', b'\\N{}', b'\\Nx', b'\\N',
             b'\\N{DIGIT ONE', b'\\N{DIGIT\x00ONE}', b'\\N{' + b'A' * 300 + b'}',
             b'ok \\N{EM DASH} \\t end']:
    try:
        print(repr(data[:40]), ascii(data.decode('unicode_escape')))
    except UnicodeDecodeError as e:
        print(repr(data[:40]), "UnicodeDecodeError", e.start, e.end, e.reason)
for errors in ("replace", "ignore", "backslashreplace"):
    print(errors, ascii(b'x\\N{NO SUCH}y\\N{DIGIT TWO}'.decode('unicode_escape', errors)))
