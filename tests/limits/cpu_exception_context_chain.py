# Each exception raised while handling the previous one: setting its
# __context__ walks the whole chain (to break cycles, as CPython does), so
# the work grows with the square of the chain. The walk is charged to the
# instruction budget, which ends the run deterministically rather than the
# clock.
# args: --max-instructions 100000000
# limit: instructions
exc = ValueError("first")
i = 0
while True:
    try:
        try:
            raise exc
        except ValueError:
            raise ValueError(i)
    except ValueError as new:
        exc = new
    i += 1
