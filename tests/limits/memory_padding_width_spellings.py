# Every other spelling of "pad to a width the script names": zfill, the
# format() builtin, a star width, an f-string's nested width, the bytes and
# bytearray paddings, Decimal's and complex's __format__. Each builds its
# result in the heap: zfill's fresh str, past the whole budget, is refused
# with a catchable MemoryError; format()'s width is charged as it is built
# and ends the run at the memory limit (the loop tries them all, so any one
# that slipped through would show as output).
# args: --max-memory 64M
# limit: memory
# expect-output: refused
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
