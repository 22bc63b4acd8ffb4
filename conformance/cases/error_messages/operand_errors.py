def show(src):
    try:
        r = eval_table[src]()
        print(src, '->', r)
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)
class A: pass
a = A()
eval_table = {
    '1 + "a"': lambda: 1 + "a",
    '"a" + 1': lambda: "a" + 1,
    '[] + ()': lambda: [] + (),
    '() + []': lambda: () + [],
    '{} + {}': lambda: {} + {},
    '{1} + {2}': lambda: {1} + {2},
    'a + 1': lambda: a + 1,
    '1 - a': lambda: 1 - a,
    'a * a': lambda: a * a,
    '"a" * "b"': lambda: "a" * "b",
    '"a" * 1.5': lambda: "a" * 1.5,
    '[1] * 2.0': lambda: [1] * 2.0,
    '1 / "x"': lambda: 1 / "x",
    '"x" // 2': lambda: "x" // 2,
    '"%d" % "x"': lambda: "%d" % "x",
    '5 % "x"': lambda: 5 % "x",
    '2 ** "x"': lambda: 2 ** "x",
    'None ** 2': lambda: None ** 2,
    'pow(2, 3, 1.5)': lambda: pow(2, 3, 1.5),
    '1 << 1.0': lambda: 1 << 1.0,
    '1.0 >> 1': lambda: 1.0 >> 1,
    '1 & 1.0': lambda: 1 & 1.0,
    '"a" | 1': lambda: "a" | 1,
    '{} | []': lambda: {} | [],
    '1 ^ None': lambda: 1 ^ None,
    '1 @ 2': lambda: 1 @ 2,
    '-"a"': lambda: -"a",
    '+[]': lambda: +[],
    '~1.5': lambda: ~1.5,
    '~"x"': lambda: ~"x",
    '-a': lambda: -a,
    'abs("x")': lambda: abs("x"),
    'divmod("a", 1)': lambda: divmod("a", 1),
    'round("x")': lambda: round("x"),
    'a < a': lambda: a < a,
    '1 in 5': lambda: 1 in 5,
    '"a" in [1]': lambda: "a" in [1],
    '1 in "abc"': lambda: 1 in "abc",
    '1 in a': lambda: 1 in a,
    'None in None': lambda: None in None,
    '1 / 0': lambda: 1 / 0,
    '1 // 0': lambda: 1 // 0,
    '1 % 0': lambda: 1 % 0,
    '1.0 / 0': lambda: 1.0 / 0,
    '1.0 % 0.0': lambda: 1.0 % 0.0,
    'divmod(1, 0)': lambda: divmod(1, 0),
    '0 ** -1': lambda: 0 ** -1,
    '0.0 ** -1': lambda: 0.0 ** -1,
    '10 ** 400 * 1.0': lambda: 10 ** 400 * 1.0,
    '2.0 ** 10000': lambda: 2.0 ** 10000,
    '1 << -1': lambda: 1 << -1,
    '1j // 1': lambda: 1j // 1,
    '1j % 1': lambda: 1j % 1,
    '1j / 0': lambda: 1j / 0,
    'int("1") + 1j': lambda: int("1") + 1j,
    'b"a" + "b"': lambda: b"a" + "b",
    '"b" + b"a"': lambda: "b" + b"a",
    'b"a" % 1': lambda: b"a" % 1,
    '[1] - [1]': lambda: [1] - [1],
    '(1,) * (2,)': lambda: (1,) * (2,),
    'range(3) + range(3)': lambda: range(3) + range(3),
}
for k in eval_table:
    show(k)
def aug():
    tests = []
    x = 1
    try:
        x += "a"
    except TypeError as e:
        print('+=', e)
    s = "a"
    try:
        s -= "a"
    except TypeError as e:
        print('-=', e)
    l = [1]
    try:
        l += 1
    except TypeError as e:
        print('list +=', e)
    t = (1,)
    try:
        t += [2]
    except TypeError as e:
        print('tuple +=', e)
    d = {}
    try:
        d |= [1]
    except (TypeError, ValueError) as e:
        print('dict |=', type(e).__name__, e)
    try:
        d |= 1
    except TypeError as e:
        print('dict |= 1', e)
    n = None
    for op in ['*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
        try:
            if op == '*=': n *= 2
            elif op == '/=': n /= 2
            elif op == '//=': n //= 2
            elif op == '%=': n %= 2
            elif op == '**=': n **= 2
            elif op == '<<=': n <<= 2
            elif op == '>>=': n >>= 2
            elif op == '&=': n &= 2
            elif op == '|=': n |= 2
            elif op == '^=': n ^= 2
            elif op == '@=': n @= 2
        except TypeError as e:
            print(op, e)
aug()
