# unicodedata: properties, names, numeric values, decomposition, normalization.
import unicodedata as u

chars = ['a', 'Z', '5', '\u00e9', '\u0301', '\u05d0', '\u0627', '\u4e00', '\uac00', '\u2460',
         '\u00bd', '\u00b2', '\u0665', '\u2167', '\ufb01', ' ', '\n', '\u200d', '\U0001F600',
         '\u3000', '\uff21', '\u00a0', '(', '\u2028', '\ue000', '\U000E0080', '\u0590',
         '\U0001FAE8', '\U00020000', '\u4e07', '\U00012432', '\u0f33', '\u0e50', '\u1e9b']
for ch in chars:
    print('%04X' % ord(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.mirrored(ch), u.name(ch, None), repr(u.decomposition(ch)),
          u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
for ch in ['a', '\u4e00', '\uff21', '\u00e9', '\u3000', '\u00a1', '\uff61', '\u20a9']:
    print('%04X' % ord(ch), u.east_asian_width(ch))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'GRINNING FACE', 'CJK UNIFIED IDEOGRAPH-4E00',
             'HANGUL SYLLABLE GAG', 'LATIN CAPITAL LETTER GHA', b'SNOWMAN']:
    print(repr(u.lookup(name)))
print(u.unidata_version)
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for text in ['caf\u00e9', 'cafe\u0301', '\ufb01ne', '\u1e9b\u0323', '\uac00\u11a8', 'plain', '\u2460\u00bd']:
        out = u.normalize(form, text)
        print(form, ascii(text), ascii(out), u.is_normalized(form, text), u.is_normalized(form, out))
