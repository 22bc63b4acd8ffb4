# Every other spelling of "pad to a width the script names": zfill, the
# format() builtin, a star width, an f-string's nested width, the bytes and
# bytearray paddings, Decimal's and complex's __format__. Each result is
# past the whole budget, so each is refused before it is built with a
# catchable MemoryError (docs/SECURITY.md), and the run goes on (any one
# that slipped through would show as output, or end the run at the limit).
# args: --max-memory 64M
# limit: none
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: done
import decimal
spellings = [
    lambda: 'x'.zfill(10**9),
    lambda: format(1, '1000000000'),
    lambda: '%*d' % (10**9, 1),
    lambda: f'{1:{10**9}}',
    lambda: b'x'.center(10**9),
    lambda: bytearray(b'x').zfill(10**9),
    lambda: format(1.5, '.1000000000f'),
    lambda: format(1 + 2j, '1000000000'),
    lambda: format(decimal.Decimal(1), '1000000000'),
]
for make in spellings:
    try:
        make()
        print("built one")
    except MemoryError:
        print("refused")
print("done")
