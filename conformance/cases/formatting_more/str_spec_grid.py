def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
vals = ['', 'abc', 'héllo', '日本語', 'a\tb']
specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '=5', '+', '-', ' ', '#', '0', '05', '010s', ',', '_', ',s', '.2', '.0', '10.2', '.2s',
 'd', 'x', 'r', 'c', 'e', 'f', '%', 'z', 'zs', '.', '1.1.1', 'ss', '5ss', '\n^5', '{^5', '}<3', 'x>3', '0<5', '0>5', '0^5']
for v in vals:
    print('---', repr(v))
    for s in specs:
        t(v, s)
for v in [None, [1], (1,), {1: 2}, object, len]:
    for s in ['', 's', '5', 'd', '>10']:
        try:
            r = format(v, s)
            if 'at 0x' in r: r = r.split(' at 0x')[0]
            print(repr(s), repr(r))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
