# Lone surrogates in the text of float.fromhex, int(), float(), complex()
# and format specs: which conversions refuse the str itself and which
# quote it in their error.
tests = [
    lambda: '{:{}}'.format('x', '\udc80'),
    lambda: format(1, '\udc80'),
    lambda: format(1.5, 'x\udc80'),
    lambda: format('s', '\ud800'),
    lambda: float.fromhex('\udc80'),
    lambda: float.fromhex('1\udc80'),
    lambda: int('\udc80'),
    lambda: int('1\ud800', 16),
    lambda: float('\udc80'),
    lambda: float(' 1\udc80'),
    lambda: complex('\udc80'),
    lambda: complex('1+\udc80j'),
    lambda: int(b'\xff'),
    lambda: float(b'\xff'),
    lambda: '{0:\udc80>5}'.format(1),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
