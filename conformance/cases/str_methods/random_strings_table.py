strs = ['σééΣς\n\t', 'Σ日\x0c\x0b\tAé_B σ\x0c', '', '-é\x0c\x0b\x0c\t\x0baΣ', 'b', '', '\r\x0ba', 'é.éς\nΣ\r\x0c_日a\u2028', 'é', '1xσ 1.\rΣ_a', 'ς', 'A-A_- a\u2028a\n\nb', '--x ς\x0c\n', '\u20281. _.axAB\rA', '', '', '日\t\u2028σ\néΣ', 'Bx\x0c', 'A-x\na1', 'ς_a\n\t-\x0b\x0cςAbB', 'é1a', '\x0b._-   \nς\x0c\ra', ',,\x0béBς日ςB', '\t\x0cB_\r\x0b', '\n\t\x0c', '\n\u2028-日\x0b xb', 'A', '', '1\r-1x\x0b日_', '\t B\r日σ\x0c\x0b', ' 1\n\na 1xé', 'bb\t', ',ΣςB', ',', 'é.', 'ΣςBςba日,_b', '', '\x0c 日 _.B  ', 'σ,bB., ', '日 xa日ςa\x0b\u2028-', 'ςa\x0b   ', 'A1x.-ςéééσ', 'Σ', 'Σa_\x0b 日a\rA日\x0b\u2028', '1a,_B\u2028\x0b', 'Σ\t.', 'é日\r.-\u20281\n\x0cx', '\n\n-\rς.\nBB日,b', ' 1\tAé日1\nx-\x0c', '日\u2028.\x0bé. b', '\x0bb\u20281', ',_\x0cςa\x0cB-é', 'a1\r', 'Bb\x0cAéA\x0cσ\x0c\x0c, ', '\n\n日1\ta日σb\t', '1,σ', 'ΣΣ\x0b\t-\r x-Bé', '\n\x0ca-σς\x0c', '.é.\x0c\nA\x0cA', '\r- ', 'σ.1a', 'Σ bé.', 'x1日a\n xb', 'σ.', 'B日BΣΣ\u2028é日ς ', '\réΣσ_σ\x0c\tΣΣσ1', '\u2028-\x0b\n', 'BσΣ1', '日\nxσAΣa\x0b-', '', 'bΣ-σςA日 ', '\t σéx-1\r日日B', 'x日Σ.A', 'x\x0ba', 'Bab\n', '\ra', '_.,\r\x0b日A日ςA', '\x0b1\nΣxa-\x0c', 'Σ\x0b\tσ\n\x0c', '\x0c\nΣ\nσ\x0bςB', '\x0c,\t', '\x0b.\n\n\n', 'B', 'B 1', 'AxxσB\n', '\x0c\u2028aA\nς', ',,AΣ\x0c.Σ\u2028\n ', 'Aabσ\x0bΣς', 'B\n\tA\n\t\t', '\u2028Aςb', '\u2028é', 'A', '-éxΣ,', '\n\x0b,a\x0cb', '\txé', ',-\n\x0b\t', 'Σ', 'a. \x0c-ς\x0b\nΣς.1', 'A\t-B', 'σ,x\t-', '\t .', '日Aa,', '\x0bb\r1\u2028_.\n\u2028-', '\tσ -Σ日\x0c\nA', '-ςaA\x0bA\r1é-Σb', '\n\x0c-aA111.σσΣ', 'ΣςA\x0cé\x0c', 'σ', '\u2028b-\t-日\t日σ', '\x0bbx日x_Σ-\x0b', ',Σ_日', '1σ_\u2028_aa\rςb', '\tx\u2028-b.-bς.', '\r', '日1\rbΣA', 'éB\r\x0bAb\x0bxéA\nb', 'ΣBA,é', '\u2028x', '\x0b1\x0cς\u2028x,', 'ΣB_B\r日AΣ_Σ\x0b,']
subs = ['', 'a', 'ab', ' ', 'b ', 'x', 'é', 'Σ', 'aa', '\n']

def t(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ':' + str(e)
for s in strs:
    out = []
    for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'isalpha', 'isalnum', 'isdigit', 'isspace', 'istitle', 'isupper', 'islower', 'isidentifier', 'isprintable', 'isascii', 'isdecimal', 'isnumeric', 'expandtabs']:
        out.append(t(getattr(s, m)))
    for sub in subs:
        out.append(t(lambda: s.split(sub)))
        out.append(t(lambda: s.rsplit(sub, 1)))
        out.append(t(lambda: s.split(sub or None, 2)))
        out.append(t(lambda: s.count(sub)))
        out.append(t(lambda: s.find(sub, 1, -1)))
        out.append(t(lambda: s.rfind(sub, -5)))
        out.append(t(lambda: s.partition(sub)))
        out.append(t(lambda: s.rpartition(sub)))
        out.append(t(lambda: s.replace(sub, '<>', 2)))
        out.append(t(lambda: s.strip(sub)))
        out.append(t(lambda: s.startswith(sub, 1)))
        out.append(t(lambda: s.endswith((sub, 'q'), 0, 5)))
        out.append(t(lambda: s.removeprefix(sub) + '|' + s.removesuffix(sub)))
    out.append(t(lambda: s.center(15, '*') + s.ljust(3) + s.rjust(14, 'é') + s.zfill(13)))
    out.append(t(lambda: s.expandtabs(3)))
    out.append(t(lambda: s.splitlines(True)))
    out.append(t(lambda: s[::2] + s[::-3] + s[1:-1]))
    out.append(t(lambda: s.encode('utf-8', 'replace')))
    out.append(t(lambda: s.encode('ascii', 'backslashreplace')))
    out.append(t(lambda: s.encode('latin-1', 'xmlcharrefreplace')))
    print(' | '.join(out))

